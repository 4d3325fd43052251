using System.Net;
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
            var home = await client.GetAsync("/");
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
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
            client.Dispose();
        }

        await cluster.RunAsync("rejoin"); // the old primary comes back as the new one's standby
    }
}
