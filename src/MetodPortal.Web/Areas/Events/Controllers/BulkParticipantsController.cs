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
public sealed class BulkParticipantsController(PortalDbContext db, RecordParticipations record) : BulkEntryController<ParticipationsForm>
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, int? organizationId, string? q, CancellationToken ct) =>
        ShowAsync(id, new ParticipationsForm { OrganizationId = organizationId }, q, null, null, ct);

    [HttpGet("/events/participants/bulk/template")] // one template for every record, so not under its id
    public IActionResult Template() => this.Xlsx("shablon-uchastniki-meropriyatiya.xlsx", "Участники", RecordParticipations.Columns, []);

    protected override Task<ImportResult?> AddTickedAsync(int id, ParticipationsForm form, CancellationToken ct) => record.HandleAsync(id, form, ct);

    protected override Task<ImportResult?> AddFromFileAsync(int id, int organizationId, Stream file, IProgress<WorkStep> progress, CancellationToken ct) =>
        record.RunAsync(id, organizationId, file, progress, ct);

    protected override ParticipationsForm FileForm(int organizationId) => new() { OrganizationId = organizationId };

    protected override string Added(int count) => $"Записано участие: {Display.Count(count, "педагог", "педагога", "педагогов")}.";

    protected override string RecordAddress(int id) => $"/events/{id}";

    protected override Task<IActionResult> PageAsync(int id, ParticipationsForm form, ImportResult? ticked, ImportResult? file, CancellationToken ct) =>
        ShowAsync(id, form, null, ticked, file, ct);

    private async Task<IActionResult> ShowAsync(int id, ParticipationsForm form, string? query, ImportResult? ticked, ImportResult? file, CancellationToken ct)
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
