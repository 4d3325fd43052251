using System.Collections.Concurrent;
using MetodPortal.BrowserTests.Infrastructure;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>
/// Light on a slow line: a page opened again transfers under 40 KB — its static files come from the browser's cache (versioned
/// addresses cached for a year), so only the page itself crosses the line, compressed. Counted by Chromium (the DevTools protocol's
/// encoded bytes of every request the visit makes, headers included).
/// </summary>
public sealed class RepeatVisitTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const long Limit = 40 * 1024;

    [Theory]
    [InlineData("methodist@demo.local", "/diagnostics")]
    [InlineData("methodist@demo.local", "/routes")]
    [InlineData("school@demo.local", "/staff")]
    [InlineData("ministry@demo.local", "/plan")]
    [InlineData("teacher@demo.local", "/")]
    public async Task A_repeat_visit_transfers_under_40_KB(string email, string url)
    {
        await using var journey = await portal.StartAsync($"repeat-{email.Split('@')[0]}");
        await journey.SignInAsync(email);
        var page = journey.Page;
        await page.GotoAsync(url);
        await page.GotoAsync("/");

        var cdp = await page.Context.NewCDPSessionAsync(page);
        var pending = new ConcurrentDictionary<string, string>();
        var sizes = new ConcurrentDictionary<string, long>();
        var finished = new SemaphoreSlim(0); // not disposed: the protocol may still speak while the window closes
        var browserOwn = new ConcurrentDictionary<string, string>();
        cdp.Event("Network.requestWillBeSent").OnEvent += (_, e) =>
        {
            // The browser's own fetches (the tab's icon: type «Other») may end without an event: counted when they end, not awaited.
            var own = e!.Value.TryGetProperty("type", out var type) && type.GetString() == "Other";
            (own ? browserOwn : pending)[e.Value.GetProperty("requestId").GetString()!] = e.Value.GetProperty("request").GetProperty("url").GetString()!;
        };
        cdp.Event("Network.loadingFinished").OnEvent += (_, e) => Finish(e!.Value, (long)e.Value.GetProperty("encodedDataLength").GetDouble());
        cdp.Event("Network.loadingFailed").OnEvent += (_, e) => Finish(e!.Value, 0);
        await cdp.SendAsync("Network.enable");

        await page.GotoAsync(url);
        while (!pending.IsEmpty || !sizes.Keys.Any(u => new Uri(u).AbsolutePath == url)) // every request ended, the page's own among them
        {
            Assert.True(await finished.WaitAsync(TimeSpan.FromSeconds(15)), "requests never finished:\n" + string.Join("\n", pending.Values));
        }

        await cdp.DetachAsync();
        var total = sizes.Values.Sum();
        var list = string.Join("\n", sizes.OrderByDescending(s => s.Value).Select(s => $"  {s.Value,8:N0} B  {s.Key}"));
        Assert.True(total < Limit, $"{url} as {email} transferred {total:N0} bytes again:\n{list}");
        Assert.True(sizes.Where(s => new Uri(s.Key).AbsolutePath != url).All(s => s.Value == 0), $"a static file came over the line again:\n{list}");

        void Finish(System.Text.Json.JsonElement e, long bytes)
        {
            var id = e.GetProperty("requestId").GetString()!;
            if (pending.TryRemove(id, out var address) || browserOwn.TryRemove(id, out address))
            {
                sizes.AddOrUpdate(address, bytes, (_, before) => before + bytes);
                finished.Release();
            }
        }
    }
}
