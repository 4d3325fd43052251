using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

public sealed class MethodistJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task AMethodistFindsAnEducatorEntersADiagnosticBuildsARouteFromItsDeficitsApprovesItAndDownloadsItsPdf()
    {
        await using var journey = await portal.StartAsync("methodist");
        var page = journey.Page;
        await journey.SignInAsync("methodist@demo.local");
        await journey.ShotAsync("home");

        // Find the educator by name.
        await page.GotoAsync("/staff");
        await page.GetByLabel("Поиск по ФИО").FillAsync("Орлова");
        await page.GetByRole(AriaRole.Button, new() { Name = "Показать" }).ClickAsync();
        await journey.ShotAsync("staff-search");
        await page.GetByRole(AriaRole.Link, new() { Name = "Орлова Екатерина Дмитриевна" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Орлова");

        // A diagnostic: the material, the date, who conducted it, scores with a decimal comma: the first area at its
        // maximum, the others below the threshold (deficits).
        await page.GetByRole(AriaRole.Link, new() { Name = "Провести диагностику" }).ClickAsync();
        await page.GetByLabel("Диагностический материал").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await Expect(page.Locator("#diagnostic-form")).ToBeVisibleAsync();
        await page.GetByLabel("Дата").FillAsync("2026-11-20");
        await page.GetByLabel("Кто проводил").FillAsync("Методист МАУ «ЦРО»");
        var rows = page.Locator("#score-table tbody tr");
        var count = await rows.CountAsync();
        Assert.True(count >= 2, "the material measures at least two competences");
        for (var i = 0; i < count; i++)
        {
            var maximum = await rows.Nth(i).Locator("td").Nth(2).InnerTextAsync();
            await rows.Nth(i).Locator("input").FillAsync(i == 0 ? maximum : "3,5");
        }

        await journey.ShotAsync("diagnostic-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить диагностику" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToBeVisibleAsync();
        await Expect(page.GetByText("3,5").First).ToBeVisibleAsync();
        await journey.ShotAsync("diagnostic");

        // The route: one item per deficit, then approved.
        await page.GetByRole(AriaRole.Link, new() { Name = "Составить ИОМ" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Создать черновик" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync($"{count - 1} пункт");
        await journey.ShotAsync("route-draft");
        await page.GetByRole(AriaRole.Button, new() { Name = "Утвердить" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("ИОМ утверждён");
        await journey.ShotAsync("route-approved");

        var (pdf, name) = await journey.DownloadAsync(page.GetByRole(AriaRole.Link, new() { Name = "PDF для печати" }));
        Assert.EndsWith(".pdf", name, StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains("Орлова Екатерина Дмитриевна", text, StringComparison.Ordinal);
        Assert.Contains("Устранить дефицит", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheMenusWorkFromTheKeyboardAndACardAndTheDashboardPrintWithoutThePortalAroundThem()
    {
        await using var journey = await portal.StartAsync("keyboard-and-print");
        var page = journey.Page;
        await journey.SignInAsync("methodist@demo.local");

        // The first Tab reaches the link that skips the menu.
        await page.Keyboard.PressAsync("Tab");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Перейти к содержанию" })).ToBeFocusedAsync();

        // Tab on to the «Диагностики» menu: its focus is visible, Enter opens it, the arrow keys walk it, Enter follows an item.
        var menu = page.Locator("#diagnostics-menu");
        for (var presses = 0; presses < 20 && !await menu.EvaluateAsync<bool>("e => e === document.activeElement"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(menu).ToBeFocusedAsync();
        Assert.NotEqual("none", await menu.EvaluateAsync<string>("e => getComputedStyle(e).boxShadow === 'none' ? getComputedStyle(e).outlineStyle : 'ring'"));
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("#diagnostics-menu + .dropdown-menu")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Диагностики педагогов" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Диагностические материалы" })).ToBeFocusedAsync();
        await journey.ShotAsync("menu-by-keyboard");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/instruments", StringComparison.Ordinal));

        // An educator's card prints as the card alone: no menu, breadcrumbs, buttons or footer.
        await page.GotoAsync("/staff?q=Орлова");
        await page.GetByRole(AriaRole.Link, new() { Name = "Орлова Екатерина Дмитриевна" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex(@"/staff/\d+$")); // printed mid-navigation, the page is blank
        await Expect(page.Locator("h1")).ToContainTextAsync("Орлова Екатерина Дмитриевна");
        var card = await journey.PrintAsync("educator-card");
        Assert.Contains("Орлова Екатерина Дмитриевна", card, StringComparison.Ordinal);
        Assert.Matches(@"МетодПортал · напечатано \d\d\.\d\d\.\d{4} · Громова", card); // who printed it, and when
        foreach (var chrome in new[] { "Администрирование", "Перейти к содержанию", "свободное ПО", "Главная" })
        {
            Assert.DoesNotContain(chrome, card, StringComparison.Ordinal);
        }

        // So does the monitoring dashboard: its figures without the tabs and buttons.
        await page.GotoAsync("/reports");
        await page.Locator("section.report-campaign[data-year='2025']").GetByRole(AriaRole.Link, new() { Name = "Показатели на экране" }).ClickAsync();
        await Expect(page.Locator("#dashboard-title")).ToBeVisibleAsync();
        var dashboard = await journey.PrintAsync("dashboard");
        Assert.Contains("Порог", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("По реестру портала", dashboard, StringComparison.Ordinal); // the source tabs
        Assert.DoesNotContain("Все рекомендации", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Администрирование", dashboard, StringComparison.Ordinal);
    }
}
