using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Reports.Word;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.Controllers;

/// <summary>
/// The analysis of a closed campaign: its analytic report written by ХК ИРО / ЦНППМ (draft → review → issued by the ministry), read by everyone
/// who reads the monitoring once issued, and downloaded as it was issued.
/// </summary>
[Area("Plan")]
[Route("analysis")]
[Authorize(Policies.ReadMonitoring)]
public sealed class AnalysisController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var reports = await AnalysisReads.Lines(db, User).ToListAsync(ct);
        return View(reports);
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await CardAsync(id, null, ct);

    [HttpPost("{id:int}")]
    [Authorize(Policies.WriteAnalysis)]
    public async Task<IActionResult> Write(int id, [FromForm] Dictionary<string, string?> texts, [FromServices] WriteAnalysis write, CancellationToken ct) =>
        await AnswerAsync(id, await write.HandleAsync(id, texts, ct), ct);

    [HttpPost("{id:int}/review")]
    [Authorize(Policies.WriteAnalysis)]
    public async Task<IActionResult> Review(int id, [FromServices] SendAnalysisToReview send, CancellationToken ct) =>
        await AnswerAsync(id, await send.HandleAsync(id, ct), ct);

    [HttpPost("{id:int}/return")]
    [Authorize(Policies.IssueAnalysis)]
    public async Task<IActionResult> Return(int id, [FromForm] string? comment, [FromServices] ReturnAnalysis back, CancellationToken ct) =>
        await AnswerAsync(id, await back.HandleAsync(id, comment, ct), ct);

    [HttpPost("{id:int}/issue")]
    [Authorize(Policies.IssueAnalysis)]
    public async Task<IActionResult> Issue(int id, [FromServices] IssueAnalysis issue, CancellationToken ct) =>
        await AnswerAsync(id, await issue.HandleAsync(id, ct), ct);

    /// <summary>The issued report's PDF, as it was issued.</summary>
    [HttpGet("{id:int}.pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct) =>
        await IssuedAsync(id, r => r.Pdf!, ct) is { } issued ? File(issued.Content, "application/pdf", $"analiticheskiy-otchet-{issued.Year}.pdf") : NotFound();

    /// <summary>The issued report's Word document, as it was issued.</summary>
    [HttpGet("{id:int}.docx")]
    public async Task<IActionResult> Docx(int id, CancellationToken ct) =>
        await IssuedAsync(id, r => r.Document!, ct) is { } issued
            ? File(issued.Content, AnalyticDocx.ContentType, $"analiticheskiy-otchet-{issued.Year}.docx")
            : NotFound();

    private async Task<(byte[] Content, int Year)?> IssuedAsync(int id, System.Linq.Expressions.Expression<Func<AnalyticReport, byte[]>> part,
        CancellationToken ct)
    {
        var issued = await db.AnalyticReports.AsNoTracking().Where(r => r.Id == id && r.Status == AnalyticStatus.Issued).Select(part).FirstOrDefaultAsync(ct);
        var year = await db.AnalyticReports.Where(r => r.Id == id).Join(db.MonitoringCampaigns, r => r.CampaignId, c => c.Id, (r, c) => c.Year)
            .FirstOrDefaultAsync(ct);
        return issued is null ? null : (issued, year);
    }

    private async Task<IActionResult> AnswerAsync(int id, Outcome outcome, CancellationToken ct) =>
        await this.AnswerAsync(outcome, _ => Redirect($"/analysis/{id}"), refused: async reason =>
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return await CardAsync(id, reason, ct);
        });

    private async Task<IActionResult> CardAsync(int id, string? refusal, CancellationToken ct)
    {
        var report = await AnalysisReads.Visible(db, User).Include(r => r.Sections).FirstOrDefaultAsync(r => r.Id == id, ct);
        var campaign = report is null ? null : await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == report.CampaignId, ct);
        if (report is null || campaign is null)
        {
            return NotFound();
        }

        var today = await RegionZone.TodayAsync(db, report.RegionId, clock, ct);
        var recommendations = await db.Recommendations.CountAsync(r => r.CampaignId == campaign.Id, ct);
        return View("Details", new AnalysisModel(report, campaign, await AnalysisSections.OfAsync(db, ct), recommendations, today,
            User.Allows(Policies.WriteAnalysis), User.Allows(Policies.IssueAnalysis), refusal));
    }
}

public sealed record AnalysisModel(
    AnalyticReport Report, MonitoringCampaign Campaign, IReadOnlyList<AnalysisSection> Sections, int Recommendations, DateOnly Today, bool CanWrite,
    bool CanIssue, string? Refusal)
{
    public bool IsOverdue => !Report.IsIssued && Report.Due < Today;
}
