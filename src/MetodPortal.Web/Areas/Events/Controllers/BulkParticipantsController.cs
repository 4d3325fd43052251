using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Areas.Events.UseCases;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.Controllers;

/// <summary>Many participants of an event at once: ticked in an organization's staff list, or from Excel (<see cref="RecordParticipations"/>).</summary>
[Area("Events")]
[Route("events/{id:int}/participants/bulk")]
[Authorize(Policies.RecordParticipations)]
public sealed class BulkParticipantsController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, int? organizationId, string? q, CancellationToken ct) =>
        PageAsync(id, new ParticipationsForm { OrganizationId = organizationId }, q, null, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Add(int id, ParticipationsForm form, [FromServices] RecordParticipations record, CancellationToken ct) =>
        await AnswerAsync(id, await record.HandleAsync(id, form, ct), form, picked: true, ct);

    [HttpGet("/events/participants/bulk/template")] // one template for every record, so not under its id
    public IActionResult Template() => this.Xlsx("shablon-uchastniki-meropriyatiya.xlsx", "Участники", RecordParticipations.Columns, []);

    [HttpPost("import")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(int id, int organizationId, IFormFile? file, string? progressTicket, [FromServices] RecordParticipations record,
        [FromServices] WorkProgress progress, CancellationToken ct) =>
        await AnswerAsync(id, await BulkUpload.RunAsync(file, progress, User, progressTicket, (stream, tracker) =>
            record.RunAsync(id, organizationId, stream, tracker, ct)), new ParticipationsForm { OrganizationId = organizationId }, picked: false, ct);

    private Task<IActionResult> AnswerAsync(int id, ImportResult? result, ParticipationsForm form, bool picked, CancellationToken ct) =>
        this.AnswerBulkAsync(result, n => $"Записано участие: {Display.Count(n, "педагог", "педагога", "педагогов")}.", $"/events/{id}",
            refused => PageAsync(id, form, null, picked ? refused : null, picked ? null : refused, ct));

    private async Task<IActionResult> PageAsync(int id, ParticipationsForm form, string? query, ImportResult? ticked, ImportResult? file, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        var organizations = await Workplaces.ChoicesAsync(db, ct);
        if (e is null || (form.OrganizationId is { } named && organizations.All(o => o.Id != named)))
        {
            return NotFound();
        }

        var staff = form.OrganizationId is { } orgId ? await Workplaces.StaffChoicesAsync(db, orgId, e.StartsOn, e.EndsOn, ct) : [];
        var taken = await db.EventParticipations.AsNoTracking().Where(p => p.EventId == id).Select(p => p.EducatorId).ToListAsync(ct);
        var checklist = StaffChecklist.Of(nameof(form.EducatorIds), StaffChecklist.Narrowed(staff, query), taken, form.EducatorIds, ticked,
            nameof(ParticipationForm.EducatorId), ModelState);
        var upload = new BulkImportForm($"/events/{id}/participants/bulk/import", "/events/participants/bulk/template",
            new Dictionary<string, string> { ["organizationId"] = $"{form.OrganizationId}" }, file);
        return View("Index", new BulkParticipantsModel(e, form, query, organizations, checklist, upload));
    }
}

public sealed record BulkParticipantsModel(
    MethodicalEvent Event, ParticipationsForm Form, string? Query, IReadOnlyList<Choice> Organizations, StaffChecklist Checklist, BulkImportForm Upload);
