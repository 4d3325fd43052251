using System.Diagnostics;
using MetodPortal.Testing;
using Npgsql;

namespace MetodPortal.IntegrationTests.Operations;

/// <summary>scripts/backup.sh and scripts/restore.sh as an operator runs them (docs/operations.md).</summary>
public sealed class BackupRestoreTests(SeededDatabase seeded) : IClassFixture<SeededDatabase>
{
    [Fact]
    public async Task ABackupRestoredIntoAFreshDatabaseHoldsEveryRowOfEveryTable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"metodportal-{Guid.NewGuid():N}.dump");
        var restored = new NpgsqlConnectionStringBuilder(seeded.ConnectionString) { Database = $"restored_{Guid.NewGuid():N}"[..20] }.ConnectionString;
        try
        {
            var backup = Script("backup.sh", file);
            Assert.True(backup.ExitCode == 0, backup.Output);
            var restore = Script("restore.sh", file, new NpgsqlConnectionStringBuilder(restored).Database!);
            Assert.True(restore.ExitCode == 0, restore.Output);

            var original = await TableDigests.OfAsync(seeded.ConnectionString);
            var copy = await TableDigests.OfAsync(restored);
            Assert.True(original.Values.Sum(t => t.Rows) > 1000, "the demo database should have something to back up");
            Assert.Equal(original.Keys.Order(), copy.Keys.Order());
            foreach (var (table, content) in original)
            {
                Assert.True(copy[table] == content, $"{table}: {content.Rows} rows before, {copy[table].Rows} after the restore, or different values");
            }

            // A restore never mixes into a database that exists.
            var again = Script("restore.sh", file, new NpgsqlConnectionStringBuilder(restored).Database!);
            Assert.Equal(1, again.ExitCode);
            Assert.Contains("already exists", again.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
            await PostgresServer.Shared.DropDatabaseAsync(restored);
        }
    }

    private (int ExitCode, string Output) Script(string name, params string[] args)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Repository.Root, "scripts", name));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Main"] = seeded.ConnectionString;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
