using MetodPortal.Reports.Excel;
using MetodPortal.Web.Choices;
using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Reports.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Reports.Controllers;

/// <summary>The annual monitoring reports in PDF and Excel, for the user's scope or a municipality or organization inside it.</summary>
[Area("Reports")]
[Route("reports")]
[Authorize(Policies.ReadMonitoring)]
public sealed class ReportsController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, TimeProvider clock, WorkProgress progress) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var campaigns = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Preparation).OrderByDescending(c => c.Year)
            .ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.CountsInIndicators).OrderBy(o => o.Name).Select(o => new Choice(o.Id,
            o.Name)).ToListAsync(ct);
        var municipalities = await Workplaces.MunicipalityChoicesAsync(db, ct);
        return View(new ReportsModel(campaigns, municipalities, organizations));
    }

    /// <summary>The narrowing form of the reports page: to the report's own address (the organization wins over the municipality).</summary>
    [HttpGet("monitoring")]
    public IActionResult Narrow(int year, string? format, int? municipalityId, int? organizationId, string? progressTicket, [FromQuery] FigureOrder order)
    {
        var query = QueryString.Empty
            + (organizationId is { } o ? QueryString.Create("organizationId", o.ToString(CultureInfo.InvariantCulture))
                : municipalityId is { } m ? QueryString.Create("municipalityId", m.ToString(CultureInfo.InvariantCulture)) : QueryString.Empty)
            + (progressTicket is null ? QueryString.Empty : QueryString.Create("progressTicket", progressTicket))
            + (order == new FigureOrder() ? QueryString.Empty : new QueryString("?" + order.QueryFor(order.Sort ?? 0, keep: true)));
        return LocalRedirect($"/reports/monitoring/{year}.{(format == "xlsx" ? "xlsx" : "pdf")}{query}");
    }

    [HttpGet("monitoring/{year:int}.pdf")]
    public async Task<IActionResult> Pdf(
        int year, int? municipalityId, int? organizationId, string? progressTicket, [FromQuery] FigureOrder order, CancellationToken ct)
    {
        using var tracker = progress.Start(User, progressTicket);
        var report = await BuildAsync(year, municipalityId, organizationId, order, tracker, "PDF", ct);
        return report is null ? NotFound() : File(MonitoringPdf.Render(report), "application/pdf", report.FileName("pdf"));
    }

    [HttpGet("monitoring/{year:int}.xlsx")]
    public async Task<IActionResult> Xlsx(
        int year, int? municipalityId, int? organizationId, string? progressTicket, [FromQuery] FigureOrder order, CancellationToken ct)
    {
        using var tracker = progress.Start(User, progressTicket);
        var report = await BuildAsync(year, municipalityId, organizationId, order, tracker, "книгу Excel", ct);
        if (report is null)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        MonitoringXlsx.Write(report, stream);
        stream.Position = 0;
        return File(stream, XlsxWriter.ContentType, report.FileName("xlsx"));
    }

    /// <summary>The report's figures, telling the page that waits for it how far it got (the document is written next).</summary>
    private async Task<MonitoringReport?> BuildAsync(
        int year, int? municipalityId, int? organizationId, FigureOrder order, WorkTracker tracker, string document, CancellationToken ct)
    {
        tracker.Report(new WorkStep("Считаем показатели"));
        var report = await MonitoringReportBuilder.BuildAsync(db, User, year, municipalityId, organizationId,
            clock.GetUtcNow(), ct, order);
        if (report is not null)
        {
            tracker.Report(new WorkStep($"Составляем {document}", report.Organizations.Count, Unit: "организаций"));
        }

        return report;
    }
}

public sealed record ReportsModel(IReadOnlyList<MonitoringCampaign> Campaigns, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Organizations);
