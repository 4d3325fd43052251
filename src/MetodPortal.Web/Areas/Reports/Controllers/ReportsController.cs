using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Monitoring;
using MetodPortal.Web.Areas.Reports.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
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
public sealed class ReportsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var campaigns = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Preparation).OrderByDescending(c => c.Year).ToListAsync(ct);
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.CountsInIndicators).OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.Name)).ToListAsync(ct);
        var municipalities = await Workplaces.MunicipalityChoicesAsync(db, ct);
        return View(new ReportsModel(campaigns, municipalities, organizations));
    }

    /// <summary>The narrowing form of the reports page: to the report's own address (the organization wins over the municipality).</summary>
    [HttpGet("monitoring")]
    public IActionResult Narrow(int year, string? format, int? municipalityId, int? organizationId)
    {
        var query = organizationId is { } o ? $"?organizationId={o}" : municipalityId is { } m ? $"?municipalityId={m}" : "";
        return LocalRedirect($"/reports/monitoring/{year}.{(format == "xlsx" ? "xlsx" : "pdf")}{query}");
    }

    [HttpGet("monitoring/{year:int}.pdf")]
    public async Task<IActionResult> Pdf(int year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var report = await MonitoringReportBuilder.BuildAsync(db, User, year, municipalityId, organizationId, clock.GetUtcNow(), ct);
        return report is null ? NotFound() : File(MonitoringPdf.Render(report), "application/pdf", report.FileName("pdf"));
    }

    [HttpGet("monitoring/{year:int}.xlsx")]
    public async Task<IActionResult> Xlsx(int year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var report = await MonitoringReportBuilder.BuildAsync(db, User, year, municipalityId, organizationId, clock.GetUtcNow(), ct);
        if (report is null)
        {
            return NotFound();
        }

        var stream = new MemoryStream();
        MonitoringXlsx.Write(report, stream);
        stream.Position = 0;
        return File(stream, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", report.FileName("xlsx"));
    }
}

public sealed record ReportsModel(IReadOnlyList<MonitoringCampaign> Campaigns, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Organizations);
