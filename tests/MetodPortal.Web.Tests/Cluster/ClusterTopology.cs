using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Npgsql;

namespace MetodPortal.Web.Tests.Cluster;

/// <summary>
/// The topology of <c>scripts/cluster.sh</c>, brought up in a folder of its own for a test class and removed after it: a primary
/// PostgreSQL and a synchronous hot standby, two portal processes seeded with the demo, nginx in front on a free port.
/// </summary>
public sealed class ClusterTopology : IAsyncLifetime
{
    private DirectoryInfo _home = null!;

    public Uri Address { get; private set; } = null!;

    /// <summary>Both database hosts with «Target Session Attributes=primary»: whichever is the primary now.</summary>
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        _home = Directory.CreateTempSubdirectory("metodportal-cluster-");
        if (!OperatingSystem.IsWindows())
        {
            _home.UnixFileMode |= UnixFileMode.GroupExecute | UnixFileMode.OtherExecute; // the postgres user keeps its data inside
        }
        var port = FreePort();
        Address = new Uri($"http://127.0.0.1:{port}");
        await RunAsync("up");
        var state = (await File.ReadAllLinesAsync(Path.Combine(_home.FullName, "state")))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        var password = (await File.ReadAllTextAsync(Path.Combine(_home.FullName, "pg-password"))).Trim();
        ConnectionString = $"Host=127.0.0.1:{state["port_a"]},127.0.0.1:{state["port_b"]};Database=metodportal;Username=postgres;"
            + $"Password={password};Target Session Attributes=primary;Pooling=false";
    }

    public async Task DisposeAsync()
    {
        await RunAsync("destroy");
        if (_home.Exists)
        {
            _home.Delete(recursive: true);
        }
    }

    /// <summary>Runs <c>scripts/cluster.sh</c> with these arguments on this topology and returns what it printed; fails if it fails.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repository.Root };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", "cluster.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["CLUSTER_HOME"] = _home.FullName;
        start.Environment["PORT"] = Address.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["NO_BUILD"] = "1"; // ./test.sh has built the portal
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        await process.WaitForExitAsync(limit.Token);
        Assert.True(process.ExitCode == 0, $"cluster.sh {string.Join(' ', arguments)} exited {process.ExitCode}:\n{await output}\n{await errors}");
        return await output;
    }

    /// <summary>The hot standby, whichever host it is now.</summary>
    public string StandbyConnectionString => ConnectionString.Replace("Target Session Attributes=primary", "Target Session Attributes=standby",
        StringComparison.Ordinal);

    /// <summary>A browser of its own (its own cookies, in <paramref name="cookies"/> when given), signed in through nginx.</summary>
    public async Task<PortalClient> SignInAsync(string email, CookieContainer? cookies = null)
    {
        var client = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new() })
            { BaseAddress = Address });
        var answer = await RetriedAsync(() => client.LoginAsync(email, "Demo-2026"));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    /// <summary>
    /// A request as a patient user makes it: when the answer is «temporarily unavailable» (a portal or the database gone for a moment) or
    /// the connection breaks, the same request again, up to a minute.
    /// </summary>
    public static async Task<HttpResponseMessage> RetriedAsync(Func<Task<HttpResponseMessage>> send)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var answer = await send();
                if (answer.StatusCode is not (HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout)
                    || DateTime.UtcNow > deadline)
                {
                    return answer;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt))); // the user's pause before trying again
        }
    }

    /// <summary>Creates a community as the methodist's form does, repeating the same post (the same one-time key) until it is answered.</summary>
    /// <returns>The new community's address.</returns>
    public static async Task<string> CreateCommunityAsync(PortalClient client, string title)
    {
        var page = await RetriedAsync(() => client.GetAsync("/communities/create"));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var form = (await PortalClient.ParseAsync(await page.Content.ReadAsStringAsync())).QuerySelector("main form[method=post]")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var fields = PortalClient.FieldsOf(form, ("Kind", "CityAssociation"), ("Level", "Municipal"), ("Title", title), ("ActiveFrom", "2026-09-01"),
            ("__RequestVerificationToken", token));
        var saved = await RetriedAsync(() => client.Http.PostAsync("/communities/create", new FormUrlEncodedContent(fields)));
        Assert.True(saved.StatusCode == HttpStatusCode.Redirect, $"«{title}» was answered {(int)saved.StatusCode}");
        return saved.Headers.Location!.OriginalString;
    }

    /// <summary>How many communities of each title that begins with <paramref name="prefix"/> the primary holds.</summary>
    public async Task<Dictionary<string, long>> CommunitiesAsync(string prefix)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT title, count(*) FROM communities WHERE title LIKE @prefix GROUP BY title", connection);
        command.Parameters.AddWithValue("prefix", prefix + "%");
        var counts = new Dictionary<string, long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    /// <summary>Lets a browser's «has just written» mark expire, as if its last form were posted a while ago: its reads may go to the standby.
    /// </summary>
    public static void ForgetRecentWrite(CookieContainer cookies)
    {
        foreach (var mark in cookies.GetAllCookies().Where(c => c.Name == "metodportal.wrote"))
        {
            mark.Expired = true;
        }
    }

    /// <summary>
    /// Leaves the primary with nothing to write by itself and its standby with nothing to replay: right after the demo's seeding autovacuum
    /// writes a great deal, enough to put a paused standby's replay past the lag the portals read from it with.
    /// </summary>
    public async Task SettleAsync()
    {
        await ScalarAsync(ConnectionString, "VACUUM ANALYZE");
        var written = (string)(await ScalarAsync(ConnectionString, "SELECT pg_current_wal_lsn()::text"))!;
        for (var deadline = DateTime.UtcNow.AddMinutes(2);
             !(bool)(await ScalarAsync(StandbyConnectionString, "SELECT pg_last_wal_replay_lsn() >= @written::pg_lsn", ("written", written)))!;)
        {
            Assert.True(DateTime.UtcNow < deadline, "the standby has not replayed the primary's WAL in two minutes");
            await Task.Delay(200);
        }
    }

    /// <summary>Runs one statement on <paramref name="connectionString"/> and returns its first value.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteScalarAsync();
    }

    /// <summary>What each portal process has logged so far.</summary>
    public async Task<string[]> PortalLogsAsync() =>
        (await Task.WhenAll(Directory.GetFiles(Path.Combine(_home.FullName, "run"), "portal-*.log").Select(ReadSharedAsync)));

    private static async Task<string> ReadSharedAsync(string path)
    {
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(file);
        return await reader.ReadToEndAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
