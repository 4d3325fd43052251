using MetodPortal.BrowserTests.Infrastructure;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>
/// Every page of every role passes axe-core (WCAG 2.1 A and AA) with no serious or critical violation: the home page, each page the
/// role's menu leads to, and the first card each list links to. The journeys check their own pages the same way (Journey.ShotAsync).
/// </summary>
public sealed class AccessibilityTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData("admin@demo.local")]
    [InlineData("ministry@demo.local")]
    [InlineData("cnppm@demo.local")]
    [InlineData("coordinator@demo.local")]
    [InlineData("methodist@demo.local")]
    [InlineData("school@demo.local")]
    [InlineData("teacher@demo.local")]
    public async Task Every_page_of_the_role_has_no_serious_or_critical_violation(string email)
    {
        await using var journey = await portal.StartAsync($"axe-{email.Split('@')[0]}");
        var page = journey.Page;
        await journey.SignInAsync(email);
        var menu = await HrefsAsync(page, "nav[aria-label='Главное меню'] a[href^='/']");
        var pages = new List<string> { "/" };
        pages.AddRange(menu.Where(h => !h.StartsWith("/Account", StringComparison.OrdinalIgnoreCase)).Distinct());
        var failures = new List<string>();
        var seen = new HashSet<string>();
        foreach (var url in pages.Where(seen.Add))
        {
            await page.GotoAsync(url);
            failures.AddRange(await Axe.ViolationsAsync(page) is { Count: > 0 } found ? [$"{url}:", .. found] : []);

            // The first card the list links to, once per kind of card.
            var card = (await HrefsAsync(page, "main table tbody a[href^='/']")).FirstOrDefault();
            if (card is not null && seen.Add(KindOf(card)))
            {
                await page.GotoAsync(card);
                failures.AddRange(await Axe.ViolationsAsync(page) is { Count: > 0 } inCard ? [$"{card}:", .. inCard] : []);
            }
        }

        Assert.True(failures.Count == 0, $"{email}, {seen.Count} pages:\n" + string.Join("\n", failures));
    }

    [Theory]
    [InlineData("admin@demo.local")]
    [InlineData("ministry@demo.local")]
    [InlineData("methodist@demo.local")]
    [InlineData("school@demo.local")]
    public async Task The_menu_bar_fits_1366_pixels_in_one_row_with_the_users_name_whole(string email)
    {
        await using var journey = await portal.StartAsync($"menu-{email.Split('@')[0]}");
        await journey.SignInAsync(email);
        var fit = await journey.Page.EvaluateAsync<int[]>("""
            () => {
              const nav = document.querySelector("nav[aria-label='Главное меню']");
              const items = [...nav.querySelectorAll('.navbar-nav > .nav-item, #user-menu')].filter(e => e.offsetParent !== null);
              const middles = items.map(e => { const r = e.getBoundingClientRect(); return (r.top + r.bottom) / 2; });
              const user = document.querySelector('#user-menu');
              return [window.innerWidth, document.documentElement.scrollWidth, Math.ceil(user.getBoundingClientRect().right),
                      user.scrollWidth - user.clientWidth, Math.ceil(Math.max(...middles) - Math.min(...middles)), items.length];
            }
            """);
        var (width, page, userRight, userCut, spread, items) = (fit[0], fit[1], fit[2], fit[3], fit[4], fit[5]);

        Assert.Equal(1366, width);
        Assert.True(page <= width, $"the page is {page} px wide");
        Assert.True(userRight <= width && userCut <= 0, $"the user's name ends at {userRight} px, {userCut} px of it cut");
        Assert.True(items > 3 && spread < 20, $"{items} menu items, their middles {spread} px apart: not one row");
    }

    private static Task<string[]> HrefsAsync(Microsoft.Playwright.IPage page, string selector) =>
        page.Locator(selector).EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");

    /// <summary>«/routes/42» and «/routes/57» are the same kind of card.</summary>
    private static string KindOf(string url) => string.Concat(url.Split('?')[0].Select(c => char.IsAsciiDigit(c) ? '#' : c));
}
