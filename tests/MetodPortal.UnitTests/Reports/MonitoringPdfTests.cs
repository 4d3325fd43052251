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
}
