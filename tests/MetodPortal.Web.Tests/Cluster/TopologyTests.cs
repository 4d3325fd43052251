using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Api;
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
        var cookies = new CookieContainer();
        using var ministry = await cluster.SignInAsync("ministry@demo.local", cookies);
        ClusterTopology.ForgetRecentWrite(cookies);
        await WaitForStandbyReadsAsync();
        var fromStandby = await ReportAsync(ministry);

        await cluster.RunAsync("stop-standby");
        var fromPrimary = await ReportAsync(ministry);
        await cluster.RunAsync("up"); // the standby again

        Assert.Equal(Cells(fromPrimary), Cells(fromStandby));
        Assert.Contains(Cells(fromStandby), cell => cell.Contains("Показатель", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dashboards_the_API_and_exports_read_from_the_standby_but_not_for_a_browser_that_has_just_written()
    {
        var cookies = new CookieContainer();
        using var reader = await cluster.SignInAsync("ministry@demo.local", cookies);
        using var api = new HttpClient { BaseAddress = cluster.Address };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await reader.CreateTokenAsync(personalData: false));
        ClusterTopology.ForgetRecentWrite(cookies); // as if the sign-in and the token were made a while ago
        var (municipalityId, name) = await MunicipalityAsync();
        var campaignId = await ClusterTopology.ScalarAsync(cluster.ConnectionString,
            "SELECT c.id FROM monitoring_campaigns c JOIN municipalities m ON m.region_id = c.region_id WHERE m.id = @id AND c.year = 2026",
            ("id", municipalityId));
        var dashboard = $"/monitoring/{campaignId}/dashboard";

        // Both portals keep connections to the standby; then it restarts. Reads must come back to it, not meet those dead connections.
        await WaitForStandbyReadsAsync();
        for (var i = 0; i < 4; i++)
        {
            await TextAsync(reader.Http, dashboard);
        }

        await cluster.RunAsync("stop-standby");
        await cluster.RunAsync("up");
        await cluster.SettleAsync();
        await WaitForStandbyReadsAsync();
        var renamed = $"{name} (переименовано на основном сервере)";
        await ClusterTopology.ScalarAsync(cluster.StandbyConnectionString, "SELECT pg_wal_replay_pause()");
        try
        {
            // Committed on the primary (and flushed on the synchronous standby), but not replayed there yet.
            await ClusterTopology.ScalarAsync(cluster.ConnectionString, "UPDATE municipalities SET name = @name WHERE id = @id",
                ("name", renamed), ("id", municipalityId));

            var page = await TextAsync(reader.Http, dashboard);
            Assert.Contains(name, page, StringComparison.Ordinal);
            Assert.DoesNotContain(renamed, page, StringComparison.Ordinal);
            var listed = Strings(JsonDocument.Parse(await TextAsync(api, "/api/v1/municipalities?pageSize=500")).RootElement).ToList();
            Assert.Contains(name, listed);
            Assert.DoesNotContain(renamed, listed);
            var map = await ClusterTopology.RetriedAsync(() => reader.GetAsync("/diagnostics/map/export"));
            Assert.Equal(HttpStatusCode.OK, map.StatusCode);
            var cells = Cells(await map.Content.ReadAsByteArrayAsync());
            Assert.Contains(cells, cell => cell.EndsWith(": " + name, StringComparison.Ordinal));
            Assert.DoesNotContain(cells, cell => cell.Contains(renamed, StringComparison.Ordinal));

            // A browser that has just posted a form (here: signed in) reads from the primary, where every write already is.
            using var writer = await cluster.SignInAsync("ministry@demo.local");
            Assert.Contains(renamed, await TextAsync(writer.Http, dashboard), StringComparison.Ordinal);
        }
        finally
        {
            await ClusterTopology.ScalarAsync(cluster.ConnectionString, "UPDATE municipalities SET name = @name WHERE id = @id",
                ("name", name), ("id", municipalityId));
            await ClusterTopology.ScalarAsync(cluster.StandbyConnectionString, "SELECT pg_wal_replay_resume()");
        }
    }

    /// <summary>
    /// Until each portal's last word on it is that it reads from the standby. Right after the topology (or the standby) comes up the standby
    /// may still be replaying the demo's seeding, and a portal then reads from the primary again for a while after its first «standby».
    /// </summary>
    private async Task WaitForStandbyReadsAsync()
    {
        for (var deadline = DateTime.UtcNow.AddMinutes(2); ;)
        {
            var logs = await cluster.PortalLogsAsync();
            if (logs.Length == 2 && logs.All(log => Regex.Matches(log, ReadsFrom).LastOrDefault()?.Groups[1].Value == "standby"))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "the portals never read from the standby together; what they said last:\n"
                + string.Join("\n=====\n", logs.Select(log => string.Join("\n", log.Split('\n').Where(l => l.Contains("StandbyReads", StringComparison.Ordinal))
                    .TakeLast(4).Concat(log.Split('\n').TakeLast(12))))));
            await Task.Delay(500);
        }
    }

    /// <summary>The municipality with the most diagnostics this year: on every page below, this year's deficit map among them.</summary>
    private async Task<(int Id, string Name)> MunicipalityAsync()
    {
        var row = (string)(await ClusterTopology.ScalarAsync(cluster.ConnectionString,
            "SELECT m.id || '|' || m.name FROM municipalities m ORDER BY (SELECT count(*) FROM diagnostics d JOIN organizations o "
                + "ON o.id = d.organization_id WHERE o.municipality_id = m.id AND date_part('year', d.date) = date_part('year', now())) DESC, m.id LIMIT 1"))!;
        var parts = row.Split('|', 2);
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), parts[1]);
    }

    private static async Task<string> TextAsync(HttpClient client, string url)
    {
        var answer = await ClusterTopology.RetriedAsync(() => client.GetAsync(url));
        Assert.True(answer.StatusCode == HttpStatusCode.OK, $"GET {url} answered {(int)answer.StatusCode}");
        return WebUtility.HtmlDecode(await answer.Content.ReadAsStringAsync());
    }

    private static IEnumerable<string> Strings(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => json.EnumerateArray().SelectMany(Strings),
        JsonValueKind.String => [json.GetString()!],
        _ => [],
    };

    private const string ReadsFrom = @"Read-only work reads from the (\w+)";

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
