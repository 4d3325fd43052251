using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Cluster;

/// <summary>
/// Several portals and a standby database (scripts/cluster.sh): a portal process killed under load, and the primary database lost and its
/// standby promoted during writes. Users retry what was answered «temporarily unavailable»; nothing they were told was saved is lost, and
/// nothing is saved twice.
/// </summary>
public sealed class TopologyTests(ClusterTopology cluster) : IClassFixture<ClusterTopology>
{
    private const int Users = 6;
    private const int SavesEach = 6;

    [Fact]
    public async Task A_portal_killed_under_load_loses_no_session_and_saves_each_form_once()
    {
        var prefix = $"Кластер-портал {Guid.NewGuid():N} ";
        var clients = await Task.WhenAll(Enumerable.Range(0, Users).Select(_ => cluster.SignInAsync("methodist@demo.local")));
        var saves = 0;
        var killed = false;
        var titles = await Task.WhenAll(clients.Select(async (client, user) =>
        {
            var made = new List<string>();
            for (var i = 0; i < SavesEach; i++)
            {
                Assert.Equal(HttpStatusCode.OK, (await ClusterTopology.RetriedAsync(() => client.GetAsync("/diagnostics"))).StatusCode);
                var title = $"{prefix}{user}-{i}";
                await ClusterTopology.CreateCommunityAsync(client, title);
                made.Add(title);
                if (Interlocked.Increment(ref saves) == Users)
                {
                    await cluster.RunAsync("kill-portal", "1"); // in the middle of the others' requests
                    killed = true;
                }
            }

            return made;
        }));

        Assert.True(killed);
        var stored = await cluster.CommunitiesAsync(prefix);
        Assert.Equal(titles.SelectMany(t => t).Order(), stored.Keys.Order());
        Assert.All(stored, s => Assert.True(s.Value == 1, $"«{s.Key}» saved {s.Value} times"));

        // Every browser is still signed in, now served by the other process alone.
        foreach (var client in clients)
        {
            var home = await ClusterTopology.RetriedAsync(() => client.GetAsync("/"));
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
            client.Dispose();
        }

        await cluster.RunAsync("start-portal", "1");
    }

    [Fact]
    public async Task Promoting_the_standby_during_writes_loses_no_acknowledged_save()
    {
        var prefix = $"Кластер-база {Guid.NewGuid():N} ";
        var clients = await Task.WhenAll(Enumerable.Range(0, Users).Select(_ => cluster.SignInAsync("methodist@demo.local")));
        var saves = 0;
        var promoted = "";
        var titles = await Task.WhenAll(clients.Select(async (client, user) =>
        {
            var acknowledged = new List<string>();
            for (var i = 0; i < SavesEach; i++)
            {
                var title = $"{prefix}{user}-{i}";
                await ClusterTopology.CreateCommunityAsync(client, title); // answered «saved»: acknowledged by the primary and its standby
                acknowledged.Add(title);
                if (Interlocked.Increment(ref saves) == Users)
                {
                    promoted = await cluster.RunAsync("failover");
                }
            }

            return acknowledged;
        }));

        Assert.Contains("primary", promoted, StringComparison.Ordinal);
        var stored = await cluster.CommunitiesAsync(prefix);
        Assert.Equal(titles.SelectMany(t => t).Order(), stored.Keys.Order());
        Assert.All(stored, s => Assert.True(s.Value == 1, $"«{s.Key}» saved {s.Value} times"));
        foreach (var client in clients)
        {
            Assert.Equal(HttpStatusCode.OK, (await ClusterTopology.RetriedAsync(() => client.GetAsync("/"))).StatusCode);
            client.Dispose();
        }

        await cluster.RunAsync("rejoin"); // the old primary comes back as the new one's standby
    }

    [Fact]
    public async Task A_report_read_from_the_standby_equals_the_primarys()
    {
        using var ministry = await cluster.SignInAsync("ministry@demo.local");
        // The portal decides where reads go at most every 5 seconds: until it has said «standby», the report is asked again.
        var fromStandby = await ReportAsync(ministry);
        for (var deadline = DateTime.UtcNow.AddSeconds(30); !(await cluster.PortalLogsAsync()).Contains(ReadsFromStandby, StringComparison.Ordinal);)
        {
            Assert.True(DateTime.UtcNow < deadline, "the reports never read from the standby");
            await Task.Delay(1000);
            fromStandby = await ReportAsync(ministry);
        }

        await cluster.RunAsync("stop-standby");
        var fromPrimary = await ReportAsync(ministry);
        await cluster.RunAsync("up"); // the standby again

        Assert.Equal(Cells(fromPrimary), Cells(fromStandby));
        Assert.Contains(Cells(fromStandby), cell => cell.Contains("Показатель", StringComparison.Ordinal));
    }

    private const string ReadsFromStandby = "Read-only work reads from the standby";

    private static async Task<byte[]> ReportAsync(PortalClient client)
    {
        var answer = await ClusterTopology.RetriedAsync(() => client.GetAsync("/reports/monitoring/2026.xlsx"));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await answer.Content.ReadAsByteArrayAsync();
    }

    /// <summary>Every cell of the workbook, sheet by sheet, but the moment it was formed.</summary>
    private static List<string> Cells(byte[] xlsx) =>
        [.. XlsxSheets.Read(xlsx).SelectMany(sheet => sheet.Value.SelectMany(row => row).Select(cell => $"{sheet.Key}: {cell}"))
            .Where(cell => !Regex.IsMatch(cell, @"\d\d\.\d\d\.\d{4} \d\d:\d\d"))];
}
