using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Npgsql;

namespace MetodPortal.Web.Tests.Security;

/// <summary>Faults (issue 8.8): the portal process killed in the middle of a staff import leaves nothing of it behind.</summary>
public sealed class KilledPortalTests
{
    [Fact]
    public async Task A_portal_killed_in_the_middle_of_an_import_leaves_nothing_partial()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("killed");
        try
        {
            await using var portal = await PortalProcess.StartAsync(database);
            using var school = new PortalClient(portal.Client());
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await school.LoginAsync("school@demo.local", "Demo-2026")).StatusCode);
            var before = await CountsAsync(database);

            // 10,000 new people: several seconds of inserts in one transaction, in a process that has not warmed up.
            var rows = Enumerable.Range(1, 10_000).Select(i => (IReadOnlyList<object?>)StaffFiles.Row($"Прерванная{i:D5}", "Анна", new DateOnly(1980, 1, 1).AddDays(i % 3000)));
            var upload = school.ImportAsync(StaffFiles.Xlsx(rows));

            await WhileImportWritesAsync(database, upload);
            await portal.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => upload);

            // PostgreSQL sees the connection drop and rolls the transaction back: no person, employment or audit line of it.
            await NoOpenTransactionAsync(database);
            Assert.Equal(before, await CountsAsync(database));
            Assert.Equal(0L, await ScalarAsync(database, "SELECT count(*) FROM educators WHERE last_name LIKE 'Прерванная%'"));
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }

    private static async Task<string> CountsAsync(string database) =>
        string.Join(",", await ScalarAsync(database, "SELECT count(*) FROM educators"), await ScalarAsync(database, "SELECT count(*) FROM employments"),
            await ScalarAsync(database, "SELECT count(*) FROM audit_entries"));

    /// <summary>Until the import's transaction holds its write lock on the people table (it has begun inserting).</summary>
    private static async Task WhileImportWritesAsync(string database, Task<HttpResponseMessage> upload)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await ScalarAsync(database, "SELECT count(*) FROM pg_locks WHERE relation = 'educators'::regclass AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the import never began writing");
            Assert.False(upload.IsCompleted, $"the import ended before it was killed: {(upload.IsCompletedSuccessfully ? (await PortalClient.ParseAsync(await upload.Result.Content.ReadAsStringAsync())).QuerySelector("main")?.TextContent : upload.Exception?.ToString())}");
            await Task.Delay(20);
        }
    }

    private static async Task NoOpenTransactionAsync(string database)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ScalarAsync(database, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the killed portal's transaction is still open");
            await Task.Delay(100);
        }
    }

    private static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
#pragma warning disable CA2100 // the test's own constant SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
