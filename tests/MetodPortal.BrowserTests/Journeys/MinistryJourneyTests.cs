using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

public sealed class MinistryJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task MinistryDrillsDownFromTheRegionToAMunicipalityAndASchoolAndDownloadsThePdfAndExcelReports()
    {
        await using var journey = await portal.StartAsync("ministry");
        var page = journey.Page;
        await journey.SignInAsync("ministry@demo.local");
        await journey.ShotAsync("home");

        // Last year's closed campaign: the indicators from the accepted forms, region → municipality → school.
        await page.GetByRole(AriaRole.Link, new() { Name = "Мониторинг", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2025", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Показатели", Exact = true }).ClickAsync();
        var title = page.Locator("#dashboard-title");
        await Expect(title).ToContainTextAsync("Хабаровский край");
        await journey.ShotAsync("dashboard-region");

        var municipality = page.Locator("#indicators tbody a", new() { HasText = "Хабаровск" }).First;
        var municipalityName = await municipality.InnerTextAsync();
        await municipality.ClickAsync();
        await Expect(title).ToContainTextAsync(municipalityName);
        await journey.ShotAsync("dashboard-municipality");

        // Tables name schools by the short name the region uses; the school's own page by its full legal name.
        await page.Locator("#indicators tbody a", new() { HasText = "МАОУ «СШ № 12»" }).ClickAsync();
        await Expect(title).ToContainTextAsync("Средняя школа № 12");
        await Expect(page.Locator("#indicators")).ToHaveCountAsync(0); // an organization is the bottom: no table below it
        await journey.ShotAsync("dashboard-school");

        // The region's reports for the year.
        await page.GetByRole(AriaRole.Link, new() { Name = "Отчёты", Exact = true }).ClickAsync();
        var year = page.Locator("section.report-campaign[data-year='2025']");
        await journey.ShotAsync("reports");
        var (pdf, pdfName) = await journey.DownloadAsync(year.GetByRole(AriaRole.Link, new() { Name = "PDF" }));

        // While the report is made the link says so; when the file is ready the page says what went into it and the link is back.
        await Expect(year.Locator(".work-progress")).ToContainTextAsync("Готово — организаций:");
        await Expect(year.GetByRole(AriaRole.Link, new() { Name = "PDF" })).Not.ToHaveAttributeAsync("aria-disabled", "true");
        await journey.ShotAsync("report-ready");
        Assert.EndsWith(".pdf", pdfName, StringComparison.Ordinal);
        var text = PdfText.Of(pdf);
        Assert.Contains("2025", text, StringComparison.Ordinal);
        Assert.Contains(municipalityName, text, StringComparison.Ordinal);

        var (xlsx, xlsxName) = await journey.DownloadAsync(year.GetByRole(AriaRole.Link, new() { Name = "Excel" }));
        Assert.EndsWith(".xlsx", xlsxName, StringComparison.Ordinal);
        var sheets = XlsxSheets.Read(xlsx);
        Assert.Contains(sheets.Values.SelectMany(rows => rows), row => row.Any(cell => cell == municipalityName));
    }
}
