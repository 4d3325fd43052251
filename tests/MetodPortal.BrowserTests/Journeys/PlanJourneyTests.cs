using MetodPortal.BrowserTests.Infrastructure;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MetodPortal.BrowserTests.Journeys;

/// <summary>The plan of measures and the analysis cycle end to end: the ministry opens seed 004's plan; a ЦНППМ methodist reports a measure with a
/// file; the ministry closes the campaign; the methodist writes the analytic report and sends it to review; the ministry issues it and downloads
/// it; the plan's measure 3.2 shows done.</summary>
public sealed class PlanJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task TheMinistryFollowsThePlanAMeasureIsReportedTheCampaignClosesAndItsAnalysisIsWrittenReviewedAndIssued()
    {
        var (planId, quarterly, analysis32, campaignId) = await ArrangeAsync();
        await using var journey = await portal.StartAsync("plan");
        var page = journey.Page;
        page.Dialog += (_, dialog) => dialog.AcceptAsync(); // the confirmations before closing and issuing

        // The ministry opens the plan: execution at a glance.
        await journey.SignInAsync("ministry@demo.local");
        await page.GotoAsync("/plan");
        await page.Locator($"#plans [data-id='{planId}']").ClickAsync();
        await Expect(page.Locator("#by-direction")).ToContainTextAsync("Направление 1");
        await Expect(page.Locator("#measures")).ToContainTextAsync("Методические десанты");
        await journey.ShotAsync("plan");

        // A ЦНППМ methodist reports the quarter's methodical landing with its programme.
        await journey.SwitchToAsync("cnppm@demo.local");
        await page.GotoAsync($"/plan/measures/{quarterly.Measure}");
        var occurrence = page.Locator($"#occurrence-{quarterly.Occurrence}");
        await occurrence.Locator("summary").First.ClickAsync();
        await occurrence.GetByLabel("Что сделано").FillAsync("Методический десант в Амурский район: 3 мастер-класса, 46 педагогов.");
        await occurrence.Locator("input[type=file]").SetInputFilesAsync(new FilePayload
        {
            Name = "программа-десанта.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4 десант"u8.ToArray(),
        });
        await occurrence.GetByRole(AriaRole.Button, new() { Name = "Сохранить отчёт" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("отмечено выполненным");
        await Expect(page.Locator($"#occurrence-{quarterly.Occurrence} .state")).ToHaveTextAsync(quarterly.Expected);
        await Expect(page.Locator($"#occurrence-{quarterly.Occurrence} .result-file")).ToHaveTextAsync("программа-десанта.pdf");

        // The ministry closes the campaign: the analysis task opens.
        await journey.SwitchToAsync("ministry@demo.local");
        await page.GotoAsync($"/monitoring/{campaignId}");
        await page.Locator("#close-campaign").ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("открыта задача анализа");

        // The methodist writes the report and sends it to review.
        await journey.SwitchToAsync("cnppm@demo.local");
        await page.GotoAsync("/analysis");
        await page.GetByRole(AriaRole.Link, new() { Name = "за 2026 год" }).ClickAsync();
        await page.GetByLabel("Общие выводы").FillAsync("Доля педагогов с ИОМ достигла порога в 10 % в большинстве муниципалитетов.");
        await page.GetByLabel("Предложения").FillAsync("Продолжить методические десанты в районы с низкой долей наставничества.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Сохранить текст" }).ClickAsync();
        await Expect(page.Locator(".alert-success")).ToContainTextAsync("Текст отчёта сохранён");
        await page.GetByRole(AriaRole.Button, new() { Name = "Отправить на рассмотрение" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("на рассмотрении");
        var report = page.Url;

        // The ministry issues it and downloads it as issued.
        await journey.SwitchToAsync("ministry@demo.local");
        await page.GotoAsync(report);
        await Expect(page.Locator("#analysis-sections")).ToContainTextAsync("Продолжить методические десанты");
        await page.GetByRole(AriaRole.Button, new() { Name = "Выпустить отчёт" }).ClickAsync();
        await Expect(page.Locator("#status")).ToContainTextAsync("выпущен");
        await journey.ShotAsync("issued");
        var (pdf, name) = await journey.DownloadAsync(page.Locator("#issued-pdf"));
        Assert.Equal("analiticheskiy-otchet-2026.pdf", name);
        var text = PdfText.Of(pdf);
        Assert.Contains("Продолжить методические десанты в районы с низкой долей наставничества.", text, StringComparison.Ordinal);
        Assert.Contains("Показатели эффективности", text, StringComparison.Ordinal);
        var (docx, _) = await journey.DownloadAsync(page.Locator("#issued-docx"));
        Assert.Equal("PK"u8.ToArray(), docx[..2]);

        // The plan's 3.2 for this campaign is done by the issue.
        await page.GotoAsync($"/plan/measures/{analysis32}");
        await Expect(page.Locator("#occurrences [data-state]").Filter(new() { HasText = "мониторинг за 2026 год" }).Locator(".state"))
            .ToHaveTextAsync("выполнено в срок");
    }

    /// <summary>The demo plan, the next quarter of its quarterly measure 2.4.5 not yet reported (done on time if still ahead), its measure 1.3.2, and the
    /// open campaign.</summary>
    private async Task<(int Plan, (int Measure, int Occurrence, string Expected) Quarterly, int Analysis32, int Campaign)> ArrangeAsync()
    {
        await using var db = PortalData.CreateContext(portal.ConnectionString, CurrentUser.System);
        var plan = await db.MeasurePlans.SingleAsync(p => p.MunicipalityId == null);
        var quarterly = await db.PlanMeasures.SingleAsync(m => m.PlanId == plan.Id && m.Direction == 2 && m.Number == "4.5");
        var next = await db.MeasureOccurrences.Where(o => o.MeasureId == quarterly.Id && o.Status == Domain.Plan.OccurrenceStatus.Planned)
            .OrderByDescending(o => o.Due).FirstAsync();
        var today = DateOnly.FromDateTime(DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(10)).DateTime);
        var upcoming = (next.Id, next.Due >= today ? "выполнено в срок" : "выполнено с опозданием");
        var analysis = await db.PlanMeasures.Where(m => m.PlanId == plan.Id && m.Direction == 1 && m.Number == "3.2").Select(m => m.Id).SingleAsync();
        var campaign = await db.MonitoringCampaigns.Where(c => c.Status == CampaignStatus.Open).Select(c => c.Id).SingleAsync();
        return (plan.Id, (quarterly.Id, upcoming.Id, upcoming.Item2), analysis, campaign);
    }
}
