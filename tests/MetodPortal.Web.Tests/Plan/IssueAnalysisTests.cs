using DocumentFormat.OpenXml.Packaging;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class IssueAnalysisTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_issued_report_holds_the_dashboards_figures_and_the_text_marks_the_plan_done_and_no_later_change_of_data_changes_it()
    {
        var report = await AnalysisArrange.DemoInReviewAsync(factory);
        string indicator2;
        await using (var db = factory.Db())
        {
            var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Id == report.CampaignId);
            var figures = await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Declared, null, null, default);
            indicator2 = ReportFormat.Percent(figures!.Total.Counts!.Shares()[1]);
        }

        await using (var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry)))
        {
            var issued = Assert.IsType<Outcome.Success>(await scope.Get<IssueAnalysis>().HandleAsync(report.Id, default));
            Assert.Contains("позже срока (18.03.2026)", issued.Message, StringComparison.Ordinal);
            Assert.Equal("Отчёт уже выпущен.", Assert.IsType<Outcome.Refusal>(await scope.Get<IssueAnalysis>().HandleAsync(report.Id, default)).Reason);
        }

        var stored = await AnalysisArrange.ReportOfAsync(factory, report.CampaignId);
        Assert.Equal(AnalyticStatus.Issued, stored.Status);
        var text = PdfText.Of(stored.Pdf!);
        Assert.Contains("Информационно-аналитический отчёт", text, StringComparison.Ordinal);
        Assert.Contains("Провести методические десанты в муниципалитеты", text, StringComparison.Ordinal);
        Assert.Contains(indicator2, text, StringComparison.Ordinal);
        using (var word = WordprocessingDocument.Open(new MemoryStream(stored.Document!), false))
        {
            var body = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Провести методические десанты в муниципалитеты", body, StringComparison.Ordinal);
            Assert.Contains(indicator2, body, StringComparison.Ordinal);
        }

        // The plan's 3.2 and 3.3 for this campaign are done by the issue, late (due 30 days after the close on 16.02.2026); the recommendations issued.
        await using (var db = factory.Db())
        {
            var occurrences = await db.MeasureOccurrences.Include(o => o.Measure).Where(o => o.CampaignId == report.CampaignId).ToListAsync();
            Assert.Equal(["3.2", "3.3"], occurrences.Select(o => o.Measure!.Number).Order(StringComparer.Ordinal));
            Assert.All(occurrences, o => Assert.Equal(OccurrenceState.DoneLate, o.StateOn(stored.IssuedOn!.Value)));
            Assert.All(occurrences, o => Assert.Equal($"/analysis/{report.Id}", o.Link));
            Assert.False(await db.Recommendations.AnyAsync(r => r.CampaignId == report.CampaignId && r.IssuedOn == null));
            Assert.True(await db.Notifications.AnyAsync(n => n.Kind == Data.Notifications.NoticeKind.AnalysisIssued));

            // A later change of the campaign's data changes the dashboard, not the issued report.
            var form = await db.MonitoringForms.FirstAsync(f => f.CampaignId == report.CampaignId && f.Status == FormStatus.Accepted
                && f.Declared.Educators > 0);
            form.Declared = form.Declared with { WithRoute = form.Declared.Educators };
            await db.SaveChangesAsync();
            var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Id == report.CampaignId);
            var now = await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Declared, null, null, default);
            Assert.NotEqual(indicator2, ReportFormat.Percent(now!.Total.Counts!.Shares()[1]));
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        var download = await coordinator.GetAsync($"/analysis/{report.Id}.pdf");
        Assert.Equal(stored.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Contains(indicator2, PdfText.Of(await download.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
