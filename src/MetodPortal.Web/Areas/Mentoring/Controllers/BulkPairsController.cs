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
public sealed class BulkPairsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int id, string? q, bool novices, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        var from = program is null ? (DateOnly?)null : FormPair.DefaultStart(program, clock.Today());
        var form = new PairsForm { Kind = MentoringForm.TeacherToYoungSpecialist, PeriodFrom = from, PeriodTo = program?.PeriodTo };
        return await PageAsync(id, form, new PairsFilter(q, novices), null, null, ct);
    }

    [HttpPost("")]
    public async Task<IActionResult> Add(int id, PairsForm form, [FromServices] FormPairs pairs, CancellationToken ct) =>
        await AnswerAsync(id, await pairs.HandleAsync(id, form, ct), form, picked: true, ct);

    [HttpGet("/mentoring/pairs/bulk/template")] // one template for every record, so not under its id
    public IActionResult Template() => this.Xlsx("shablon-nastavnicheskie-pary.xlsx", "Пары", FormPairs.Columns, []);

    [HttpPost("import")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(
        int id, IFormFile? file, string? progressTicket, [FromServices] FormPairs pairs, [FromServices] WorkProgress progress, CancellationToken ct) =>
        await AnswerAsync(id, await BulkUpload.RunAsync(file, progress, User, progressTicket, (stream, tracker) => pairs.RunAsync(id, stream, tracker, ct)),
            new PairsForm(), picked: false, ct);

    private Task<IActionResult> AnswerAsync(int id, ImportResult? result, PairsForm form, bool picked, CancellationToken ct) =>
        this.AnswerBulkAsync(result, n => $"В программу добавлено: {Display.Count(n, "пара", "пары", "пар")}.", $"/mentoring/{id}",
            refused => PageAsync(id, form, new PairsFilter(null, false), picked ? refused : null, picked ? null : refused, ct));

    private async Task<IActionResult> PageAsync(int id, PairsForm form, PairsFilter filter, ImportResult? ticked, ImportResult? file, CancellationToken ct)
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
