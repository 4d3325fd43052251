using MetodPortal.Reports.Monitoring;
using MetodPortal.Testing;

namespace MetodPortal.UnitTests.Reports;

public sealed class MonitoringPdfTests
{
    [Fact]
    public void Without_figures_the_sections_are_numbered_without_a_gap()
    {
        var report = new MonitoringReport(2026, new DateOnly(2026, 12, 31), ReportLevel.Organization, "МАОУ «СШ № 12»", "03.12.2026 10:00", "Соколова М. В.",
            [.. Enumerable.Repeat(6m, 9)], null, [], [], new ReportCompleteness(1, 0, 1, 0, 0), []);

        var text = PdfText.Of(MonitoringPdf.Render(report));

        Assert.Contains("1. Показатели эффективности", text, StringComparison.Ordinal);
        Assert.Contains("2. Полнота сдачи форм", text, StringComparison.Ordinal);
        Assert.Contains("3. Адресные рекомендации", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_report_renders_every_page_chart_and_tables_included()
    {
        var counts = new Domain.Monitoring.IndicatorCounts
        {
            Educators = 300, Diagnosed = 120, WithRoute = 40, Newcomers = 30, NewcomersSupported = 12, Young = 60, YoungInProjects = 20, Heads = 10,
                HeadsImproved = 3,
            HeadsHighest = 4, Organizations = 10, WithMentoringProgram = 6, InMentoring = 50, InCommunities = 90,
        };
        var report = new MonitoringReport(2026, new DateOnly(2026, 12, 31), ReportLevel.Municipality, "город Хабаровск", "03.12.2026 10:00", "Соколова М. В.",
            [.. Enumerable.Repeat(6m, 9)], counts,
            [.. Enumerable.Range(1, 10).Select(i => new ReportPlace($"МАОУ «СШ № {i}»", "город Хабаровск", counts))],
            [.. Enumerable.Range(1, 10).Select(i => new ReportPlace($"МАОУ «СШ № {i}»", "город Хабаровск", counts))],
            new ReportCompleteness(10, 8, 1, 1, 1),
            [.. Enumerable.Range(1,
                40).Select(i => new ReportRecommendation($"МАОУ «СШ № {i}»", 1 + (i % 9), 4m, 6m, "Провести диагностику профессиональных дефицитов",
                    "по принятым формам", "новая"))]);

        var pdf = MonitoringPdf.Render(report);
        var pages = PdfText.InkPerPage(pdf);
        Assert.True(pages.Count >= 2, $"{pages.Count} page(s)");
        Assert.All(pages, ink => Assert.InRange(ink, 0.002, 0.5));
        Assert.Contains("по принятым формам", PdfText.Of(pdf), StringComparison.Ordinal);
    }
}
