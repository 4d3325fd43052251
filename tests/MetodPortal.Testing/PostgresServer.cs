using System.Diagnostics;
using System.Globalization;
using Npgsql;
using Testcontainers.PostgreSql;

namespace MetodPortal.Testing;

/// <summary>
/// One real PostgreSQL server for a whole test run (<see cref="TestDatabaseChoice"/>): a PostgreSQL 15 container where
/// a Docker engine answers, otherwise a throwaway cluster (initdb/pg_ctl of the machine's PostgreSQL 15) in a temporary
/// folder, reached through a Unix socket only, so it never competes for a TCP port; set METODPORTAL_TEST_PG to a
/// connection string to use an existing server instead. Each test class asks for a
/// database of its own.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _counter;

    private readonly string _adminConnectionString;
    private readonly string? _clusterDir;

    private PostgresServer(string adminConnectionString, string? clusterDir)
    {
        _adminConnectionString = adminConnectionString;
        _clusterDir = clusterDir;
    }

    public static PostgresServer Shared => Instance.Value;

    /// <summary>The folder of pg_dump, psql and the server binaries.</summary>
    public static string BinDir { get; } = FindBinDir();

    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(_adminConnectionString) { Database = database, Pooling = true }.ConnectionString;

    /// <summary>Creates an empty database with a unique name built from <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix.ToLowerInvariant()}_{Environment.ProcessId}_{Interlocked.Increment(ref _counter)}");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return ConnectionString(name);
    }

    public async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
    }

    /// <summary>
    /// The database stops answering as if its server were down: no new connections are accepted and the open ones are
    /// cut, while the other tests' databases on the same server carry on. <see cref="BringBackAsync"/> undoes it.
    /// </summary>
    public async Task TakeAwayAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await ExecuteAsync($"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS false");
        await ExecuteAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
    }

    public Task BringBackAsync(string connectionString) =>
        ExecuteAsync($"ALTER DATABASE \"{new NpgsqlConnectionStringBuilder(connectionString).Database}\" ALLOW_CONNECTIONS true");

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_adminConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs a plain pg_dump file (gzipped when its name ends in .gz) into a database with psql, stopping at the first error.</summary>
    public void Restore(string connectionString, string dumpFile)
    {
        var sql = dumpFile;
        if (dumpFile.EndsWith(".gz", StringComparison.Ordinal))
        {
            sql = Path.Combine(Path.GetTempPath(), $"restore-{Guid.NewGuid():N}.sql");
            using var input = new System.IO.Compression.GZipStream(File.OpenRead(dumpFile), System.IO.Compression.CompressionMode.Decompress);
            using var output = File.Create(sql);
            input.CopyTo(output);
        }

        try
        {
            RunTool("psql", connectionString, "-q", "-X", "-v", "ON_ERROR_STOP=1", "-f", sql);
        }
        finally
        {
            if (sql != dumpFile)
            {
                File.Delete(sql);
            }
        }
    }

    /// <summary>pg_dump of one database's schema, with the settings that vary between runs left out.</summary>
    public string DumpSchema(string connectionString)
    {
        var output = RunTool("pg_dump", connectionString,
            "--schema-only", "--no-owner", "--no-privileges", "--no-comments", "--exclude-table=\"__EFMigrationsHistory\"");
        var lines = output.Split('\n')
            .Select(l => l.TrimEnd())
            .Where(l => l.Length > 0 && !l.StartsWith("--", StringComparison.Ordinal) && !l.StartsWith("SET ", StringComparison.Ordinal)
                && !l.Contains("set_config", StringComparison.Ordinal) && !l.StartsWith("\\", StringComparison.Ordinal));
        return string.Join('\n', ColumnsInNameOrder(lines));
    }

    /// <summary>
    /// Lists each table's columns by name. A column added by a later migration (ALTER TABLE ADD COLUMN) is physically last,
    /// while a model-built table has it where the property is declared; the order carries no meaning, every column's
    /// name, type and nullability still has to match.
    /// </summary>
    private static IEnumerable<string> ColumnsInNameOrder(IEnumerable<string> lines)
    {
        List<string>? columns = null;
        foreach (var line in lines)
        {
            if (line.StartsWith("CREATE TABLE ", StringComparison.Ordinal))
            {
                columns = [];
                yield return line;
            }
            else if (columns is not null && line == ");")
            {
                foreach (var column in columns.Select(c => c.TrimEnd(',')).Order(StringComparer.Ordinal))
                {
                    yield return column;
                }

                columns = null;
                yield return line;
            }
            else if (columns is not null)
            {
                columns.Add(line);
            }
            else
            {
                yield return line;
            }
        }
    }

    private static PostgresServer Start()
    {
        var external = Environment.GetEnvironmentVariable("METODPORTAL_TEST_PG");
        PostgreSqlContainer? container = null;
        var (kind, why) = TestDatabaseChoice.ChooseAsync(external, async () =>
        {
            container = new PostgreSqlBuilder("postgres:15").Build();
            await container.StartAsync();
        }).GetAwaiter().GetResult();
        var where = kind switch
        {
            TestDatabaseKind.External => "the named server",
            TestDatabaseKind.Container => "a PostgreSQL container",
            _ => "a throwaway PostgreSQL cluster",
        };
        Say($"tests run on {where}: {why}");
        switch (kind)
        {
            case TestDatabaseKind.External:
                return new PostgresServer(external!, null);
            case TestDatabaseKind.Container:
                AppDomain.CurrentDomain.ProcessExit += (_, _) => container!.DisposeAsync().AsTask().GetAwaiter().GetResult();
                return new PostgresServer(new NpgsqlConnectionStringBuilder(container!.GetConnectionString()) { Database = "postgres" }.ConnectionString, null);
        }

        var runAs = Environment.UserName == "root" ? "postgres" : null;
        RemoveStaleClusters(runAs);
        var dir = Path.Combine(Path.GetTempPath(), $"{ClusterPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(dir);
        if (runAs is not null)
        {
            Run("chown", null, "postgres:postgres", dir);
        }

        var data = Path.Combine(dir, "data");
        Run(Path.Combine(BinDir, "initdb"), runAs, "-D", data, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "-U", "postgres");
        const int port = 5432; // Only names the socket file: the server listens on no TCP address.
        Run(Path.Combine(BinDir, "pg_ctl"), runAs, "-D", data, "-w", "-l", Path.Combine(dir, "server.log"), "-o",
            $"-k {dir} -p {port} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300",
            "start");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            NpgsqlConnection.ClearAllPools();
            StopAndDelete(dir, runAs);
        };
        var admin = new NpgsqlConnectionStringBuilder { Host = dir, Port = port, Username = "postgres", Database = "postgres" };
        return new PostgresServer(admin.ConnectionString, dir);
    }

    private const string ClusterPrefix = "metodportal-pg-";

    /// <summary>
    /// Which database ran, for the person reading the run: the test host's console is not shown by `dotnet test`, so
    /// the line also goes to TestResults/test-database.txt, which test.sh prints.
    /// </summary>
    private static void Say(string line)
    {
        Console.Error.WriteLine(line);
        try
        {
            var dir = Path.Combine(Repository.Root, "TestResults");
            Directory.CreateDirectory(dir);
            var project = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Parent?.Parent?.Name; // tests/<project>/bin/<configuration>/net10.0
            File.AppendAllText(Path.Combine(dir, "test-database.txt"), $"{project}: {line}\n");
        }
        catch (IOException)
        {
            // only a note
        }
    }

    /// <summary>
    /// Clusters whose test process is gone: a killed test host never runs its exit handler, so each run sweeps up
    /// after the ones before it instead of leaving servers running.
    /// </summary>
    private static void RemoveStaleClusters(string? runAs)
    {
        foreach (var dir in Directory.GetDirectories(Path.GetTempPath(), ClusterPrefix + "*"))
        {
            var owner = Path.GetFileName(dir)[ClusterPrefix.Length..].Split('-')[0];
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !IsAlive(pid))
            {
                StopAndDelete(dir, runAs);
            }
        }
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void StopAndDelete(string dir, string? runAs)
    {
        var data = Path.Combine(dir, "data");
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                Run(Path.Combine(BinDir, "pg_ctl"), runAs, "-D", data, "-m", "immediate", "-w", "stop");
            }

            Directory.Delete(dir, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Best effort: what is left is swept by the next run.
        }
    }

    private static string FindBinDir()
    {
        var fromEnv = Environment.GetEnvironmentVariable("PG_BIN");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        var installed = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").OrderByDescending(d => d, StringComparer.Ordinal).Select(d => Path.Combine(d,
                "bin")).FirstOrDefault(Directory.Exists)
            : null;
        return installed ?? throw new InvalidOperationException("PostgreSQL binaries not found: install postgresql or set PG_BIN.");
    }

    private static string RunTool(string tool, string connectionString, params string[] args)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return Run(Path.Combine(BinDir, tool), null, builder.Password,
            [.. args, "-h", builder.Host!, "-p", builder.Port.ToString(CultureInfo.InvariantCulture), "-U", builder.Username!, builder.Database!]);
    }

    private static string Run(string file, string? runAs, params string[] args) => Run(file, runAs, null, args);

    private static string Run(string file, string? runAs, string? password, string[] args)
    {
        var start = new ProcessStartInfo(runAs is null ? file : "runuser")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (password is not null)
        {
            start.Environment["PGPASSWORD"] = password; // a container's server asks for one; the cluster trusts its socket
        }

        if (runAs is not null)
        {
            foreach (var a in new[] { "-u", runAs, "--", file })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({process.ExitCode}): {stderr.Result}");
        }

        return stdout.Result;
    }
}
