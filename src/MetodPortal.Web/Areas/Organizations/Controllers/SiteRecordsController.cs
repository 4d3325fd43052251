using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.Controllers;

/// <summary>A site's card and what it gives: the educators of other organizations who trained there, its alienable results, its yearly
/// reports and their review.</summary>
[Area("Organizations")]
[Route("sites/{id:int}")]
[Authorize(Policies.ReadSupport)]
public sealed class SiteRecordsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Details(int id, CancellationToken ct) => await CardAsync(id, null, ct);

    /// <summary>What the site gave, to Excel: its participants, results and reports, a sheet each.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export(int id, CancellationToken ct)
    {
        if (!await db.OrganizationStatuses.AnyAsync(s => s.Id == id, ct))
        {
            return NotFound();
        }

        var participants = await db.SiteParticipants.AsNoTracking().Where(p => p.SiteId == id).OrderBy(p => p.From).ThenBy(p => p.Name).ToListAsync(ct);
        var results = await db.SiteResults.AsNoTracking().Where(r => r.SiteId == id).OrderBy(r => r.Year).ThenBy(r => r.Title)
            .Select(r => new { r.Title, r.Kind, r.Year, r.Link, r.FileName }).ToListAsync(ct);
        var reports = await db.SiteReports.AsNoTracking().Where(r => r.SiteId == id).OrderBy(r => r.Year).ToListAsync(ct);
        return this.Xlsx($"ploshchadka-{id}.xlsx",
        [
            ("Участники", ParticipantColumns, participants.Select(p => (IReadOnlyList<object?>)[p.Name, p.Workplace, p.Topic, p.From, p.To])),
            ("Результаты", ResultColumns, results.Select(r => (IReadOnlyList<object?>)[r.Title, r.Kind.Name(), r.Year, r.Link ?? r.FileName])),
            ("Отчёты", ReportColumns, reports.Select(r => (IReadOnlyList<object?>)[r.Year, r.Status.Name(), r.Done, r.Results, r.Comment])),
        ]);
    }

    [HttpPost("participants")]
    [Authorize(Policies.KeepSiteRecords)]
    public async Task<IActionResult> AddParticipant(int id, SiteParticipantForm form, [FromServices] RecordSiteParticipant record, CancellationToken ct) =>
        await ShowAsync(id, await record.HandleAsync(id, form, ct), ct);

    [HttpPost("participants/{participantId:int}/delete")]
    [Authorize(Policies.KeepSiteRecords)]
    public async Task<IActionResult> RemoveParticipant(int id, int participantId, [FromServices] RemoveSiteParticipant remove, CancellationToken ct) =>
        await ShowAsync(id, await remove.HandleAsync(id, participantId, ct), ct);

    [HttpPost("results")]
    [Authorize(Policies.KeepSiteRecords)]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> AddResult(int id, SiteResultForm form, IFormFile? file, [FromServices] AddSiteResult add, CancellationToken ct) =>
        await ShowAsync(id, await add.HandleAsync(id, form, file, ct), ct);

    [HttpGet("results/{resultId:int}")]
    public async Task<IActionResult> Download(int id, int resultId, CancellationToken ct)
    {
        var result = await db.SiteResults.AsNoTracking().FirstOrDefaultAsync(r => r.Id == resultId && r.SiteId == id && r.Content != null, ct);
        return result is null ? NotFound() : File(result.Content!, result.ContentType!, result.FileName);
    }

    [HttpPost("results/{resultId:int}/delete")]
    [Authorize(Policies.KeepSiteRecords)]
    public async Task<IActionResult> RemoveResult(int id, int resultId, [FromServices] RemoveSiteResult remove, CancellationToken ct) =>
        await ShowAsync(id, await remove.HandleAsync(id, resultId, ct), ct);

    [HttpPost("reports")]
    [Authorize(Policies.KeepSiteRecords)]
    public async Task<IActionResult> FileReport(int id, SiteReportForm form, [FromServices] FileSiteReport file, CancellationToken ct) =>
        await ShowAsync(id, await file.HandleAsync(id, form, ct), ct);

    [HttpPost("reports/{reportId:int}/accept")]
    [Authorize(Policies.ReviewSiteReports)]
    public async Task<IActionResult> Accept(int id, int reportId, [FromServices] ReviewSiteReport review, CancellationToken ct) =>
        await ShowAsync(id, await review.HandleAsync(id, reportId, true, null, ct), ct);

    [HttpPost("reports/{reportId:int}/return")]
    [Authorize(Policies.ReviewSiteReports)]
    public async Task<IActionResult> Return(int id, int reportId, [FromForm] string? comment, [FromServices] ReviewSiteReport review, CancellationToken ct) =>
        await ShowAsync(id, await review.HandleAsync(id, reportId, false, comment, ct), ct);

    private static readonly IReadOnlyList<XlsxColumn> ParticipantColumns =
        [new("Участник", Width: 36), new("Место работы", Width: 40), new("Тема", Width: 50), new("С", XlsxKind.Date), new("По", XlsxKind.Date)];

    private static readonly IReadOnlyList<XlsxColumn> ResultColumns =
        [new("Результат", Width: 50), new("Вид", Width: 24), new("Год", XlsxKind.Integer), new("Ссылка или файл", Width: 50)];

    private static readonly IReadOnlyList<XlsxColumn> ReportColumns =
        [new("Год", XlsxKind.Integer), new("Статус", Width: 20), new("Сделано", Width: 60), new("Результаты", Width: 60), new("Комментарий", Width: 40)];

    private Task<IActionResult> ShowAsync(int id, Outcome outcome, CancellationToken ct) =>
        this.AnswerAsync(outcome, _ => Redirect($"/sites/{id}"), refused: reason =>
        {
            db.ChangeTracker.Clear();
            Response.StatusCode = StatusCodes.Status409Conflict;
            return CardAsync(id, reason, ct);
        });

    private async Task<IActionResult> CardAsync(int id, string? refusal, CancellationToken ct)
    {
        var site = await db.OrganizationStatuses.AsNoTracking().Include(s => s.Organization).FirstOrDefaultAsync(s => s.Id == id, ct);
        if (site is null)
        {
            return NotFound();
        }

        var participants = await db.SiteParticipants.AsNoTracking().Where(p => p.SiteId == id).OrderByDescending(p => p.From).ThenBy(p => p.Name)
            .ToListAsync(ct);
        var results = await db.SiteResults.AsNoTracking().Where(r => r.SiteId == id).OrderByDescending(r => r.Year).ThenBy(r => r.Title)
            .Select(r => new SiteResult { Id = r.Id, Title = r.Title, Kind = r.Kind, Year = r.Year, Link = r.Link, FileName = r.FileName }).ToListAsync(ct);
        var reports = await db.SiteReports.AsNoTracking().Where(r => r.SiteId == id).OrderByDescending(r => r.Year).ToListAsync(ct);
        var mayReview = User.Allows(Policies.ReviewSiteReports)
            && (site.Level == OrganizationStatusLevel.Municipal || User.Scope().MunicipalityId is null);
        return View("~/Areas/Organizations/Views/Sites/Details.cshtml",
            new SiteCardModel(site, participants, results, reports, User.Allows(Policies.KeepSiteRecords), mayReview, clock.Today(), refusal));
    }
}

public sealed record SiteCardModel(
    OrganizationStatus Site, IReadOnlyList<SiteParticipant> Participants, IReadOnlyList<SiteResult> Results, IReadOnlyList<SiteReport> Reports,
    bool CanKeep, bool CanReview, DateOnly Today, string? Refusal = null);
