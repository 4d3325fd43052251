using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

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
            var rows = Enumerable.Range(1,
                10_000).Select(i => (IReadOnlyList<object?>)StaffFiles.Row($"Прерванная{i:D5}", "Анна", new DateOnly(1980, 1, 1).AddDays(i % 3000)));
            var upload = school.ImportAsync(StaffFiles.Xlsx(rows));

            await ImportProbe.UntilItWritesAsync(database, upload);
            await portal.KillAsync();
            await Assert.ThrowsAnyAsync<HttpRequestException>(() => upload);

            // PostgreSQL sees the connection drop and rolls the transaction back: no person, employment or audit line of it.
            await NoOpenTransactionAsync(database);
            Assert.Equal(before, await CountsAsync(database));
            Assert.Equal(0L, await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM educators WHERE last_name LIKE 'Прерванная%'"));
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }

    private static async Task<string> CountsAsync(string database) =>
        string.Join(",", await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM educators"),
            await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM employments"),
            await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM audit_entries"));

    private static async Task NoOpenTransactionAsync(string database)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (await ImportProbe.ScalarAsync(database,
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND xact_start IS NOT NULL") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the killed portal's transaction is still open");
            await Task.Delay(100);
        }
    }
}
