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
}
