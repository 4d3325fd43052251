using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.Controllers;

/// <summary>Many pairs of a programme at once: a mentor with mentees ticked in the staff list, or pairs from an Excel file (<see cref="FormPairs"/>).</summary>
[Area("Mentoring")]
[Route("mentoring/{id:int}/pairs/bulk")]
[Authorize(Policies.ManageMentoring)]
public sealed class BulkPairsController(PortalDbContext db, FormPairs pairs, TimeProvider clock) : BulkEntryController<PairsForm>
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? q, bool novices, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var from = program is null ? (DateOnly?)null : FormPair.DefaultStart(program, clock.Today());
        var form = new PairsForm { Kind = MentoringForm.TeacherToYoungSpecialist, PeriodFrom = from, PeriodTo = program?.PeriodTo };
        return await ShowAsync(id, form, new PairsFilter(q, novices), null, null, ct);
    }

    [HttpGet("/mentoring/pairs/bulk/template")] // one template for every record, so not under its id
    public IActionResult Template() => this.Xlsx("shablon-nastavnicheskie-pary.xlsx", "Пары", FormPairs.Columns, []);

    protected override Task<ImportResult?> AddTickedAsync(int id, PairsForm form, CancellationToken ct) => pairs.HandleAsync(id, form, ct);

    // A pair names both its people, so the file is not tied to one organization.
    protected override Task<ImportResult?> AddFromFileAsync(int id, int organizationId, Stream file, IProgress<WorkStep> progress, CancellationToken ct) =>
        pairs.RunAsync(id, file, progress, ct);

    protected override PairsForm FileForm(int organizationId) => new();

    protected override string Added(int count) => $"В программу добавлено: {Display.Count(count, "пара", "пары", "пар")}.";

    protected override string RecordAddress(int id) => $"/mentoring/{id}";

    protected override Task<IActionResult> PageAsync(int id, PairsForm form, ImportResult? ticked, ImportResult? file, CancellationToken ct) =>
        ShowAsync(id, form, new PairsFilter(null, false), ticked, file, ct);

    private async Task<IActionResult> ShowAsync(int id, PairsForm form, PairsFilter filter, ImportResult? ticked, ImportResult? file, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var staff = await FormPair.StaffAsync(db, program.OrganizationId, clock.Today(), ct);
        var mentors = staff.Concat(await MunicipalMentors.ServingAsync(db, program.OrganizationId, clock.Today(), ct)).Select(s => s.AsChoice).ToList();
        var mentees = staff.Where(s => !filter.Novices || s.IsYoung || s.IsInFirstYears).Select(s => s.AsChoice).ToList();
        var checklist = StaffChecklist.Of(nameof(form.MenteeIds), StaffChecklist.Narrowed(mentees, filter.Query), [], form.MenteeIds, ticked,
            nameof(PairForm.MenteeId), ModelState);
        var upload = new BulkImportForm($"/mentoring/{id}/pairs/bulk/import", "/mentoring/pairs/bulk/template", new Dictionary<string, string>(), file);
        return View("Index", new BulkPairsModel(program, form, filter, mentors, checklist, upload));
    }
}

/// <summary>The mentees offered: by name, and only the young or those in their first three years if <paramref name="Novices"/>.</summary>
public sealed record PairsFilter(string? Query, bool Novices);

public sealed record BulkPairsModel(
    MentoringProgram Program, PairsForm Form, PairsFilter Filter, IReadOnlyList<Choices.Choice> Mentors, StaffChecklist Checklist, BulkImportForm Upload);
