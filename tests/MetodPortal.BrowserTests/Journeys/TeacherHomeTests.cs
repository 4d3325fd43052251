using MetodPortal.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>A teacher opens the portal: the bell counts the unread notices, the list opens them, and the home page says what is theirs to do.</summary>
public sealed class TeacherHomeTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_teacher_sees_the_bell_with_their_reminders_reads_them_and_finds_their_items_and_diagnostic_at_home()
    {
        await using var journey = await portal.StartAsync("teacher-home");
        var page = journey.Page;
        await journey.SignInAsync("teacher@demo.local");

        // Home: the route's items to do and the latest diagnostic, no counters of the tree.
        await Expect(page.Locator("#my-items h2")).ToContainTextAsync("Мой ИОМ");
        await Expect(page.Locator("#my-diagnostic")).ToContainTextAsync("Выявлено дефицитов");
        await Expect(page.Locator("#stat-municipalities")).ToHaveCountAsync(0);
        await Expect(page.Locator("#bell-count")).ToBeVisibleAsync();
        await journey.ShotAsync("home");

        // The bell leads to the list; marking all read empties the count.
        await page.Locator("#bell").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/notifications$"));
        await Expect(page.Locator("main")).ToContainTextAsync("Пункт ИОМ");
        await journey.ShotAsync("notifications");
        await page.GetByRole(AriaRole.Button, new() { Name = "Отметить все прочитанными" }).ClickAsync();
        await Expect(page.Locator("#bell-count")).ToHaveCountAsync(0);
    }
}
