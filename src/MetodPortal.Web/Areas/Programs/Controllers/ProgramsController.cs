using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.Controllers;

/// <summary>The region's registry of ДПП (kept by ЦНППМ / ИРО) and the completions of educators in the user's scope.</summary>
[Area("Programs")]
[Route("programs")]
[Authorize(Policies.ReadSupport)]
public sealed class ProgramsController(PortalDbContext db, AccessLog accessLog, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProgramFilter filter, CancellationToken ct) =>
        View(new ProgramListModel(filter, await ListPrograms.PageAsync(db, filter, ct), User.Allows(Policies.ManagePrograms),
            User.Allows(Policies.RecordCompletions)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] ProgramFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await accessLog.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"programmy-dpp-{clock.Today():yyyy-MM-dd}.xlsx", ListPrograms.Sheets(reads, filter));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, int page = 1, CancellationToken ct = default)
    {
        var program = await db.ProfessionalPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var completions = await db.ProgramCompletions.AsNoTracking().Where(c => c.ProgramId == id)
            .OrderByDescending(c => c.CompletedOn).ThenBy(c => c.Educator!.LastName)
            .Select(c => new CompletionRow(c.Id, c.EducatorId, c.Educator!.FullName,
                c.Organization!.ShortName ?? c.Organization.Name, c.CompletedOn, c.CertificateNumber))
            .ToPageAsync(page, ct);
        var cohorts = await db.ProgramCohorts.AsNoTracking().Where(c => c.ProgramId == id).OrderBy(c => c.StartsOn)
            .Select(c => new CohortRow(c.Id, c.StartsOn, c.EndsOn, c.EnrolmentDeadline, c.IsOnline ? "онлайн" : c.Place ?? (c.Municipality == null
                ? "региональный центр" : c.Municipality.Name), c.Seats, 0))
            .ToListAsync(ct);
        var taken = await CohortSeats.TakenAsync(db, program.RegionId, cohorts.Select(c => c.Id).ToList(), ct);
        var areas = await db.CompetenceAreas.AsNoTracking().Where(a => program.CompetenceAreaIds.Contains(a.Id)).OrderBy(a => a.SortOrder)
            .Select(a => a.Name).ToListAsync(ct);
        return View(new ProgramCardModel(program, completions, [.. cohorts.Select(c => c with { Taken = taken.GetValueOrDefault(c.Id) })], areas,
            User.Allows(Policies.ManagePrograms)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormView(new ProgramForm(), null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Create(ProgramForm form, [FromServices] RegisterProgram register, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await register.HandleAsync(form, User.Scope().RegionId, ct),
            done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null ? NotFound() : await FormView(ProgramForm.From(program), program, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Edit(int id, ProgramForm form, [FromServices] ReviseProgram revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.ProfessionalPrograms.AsNoTracking().FirstAsync(p => p.Id == id, ct), ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var completions = await db.ProgramCompletions.CountAsync(c => c.ProgramId == id, ct);
        return View("Confirm", new ConfirmModel("Удаление программы ДПП", $"Программа «{program.Title}» будет удалена из реестра.", $"/programs/{id}/delete",
            $"/programs/{id}", [("Программы ДПП", "/programs"), (program.Title, $"/programs/{id}")],
            Refusal: completions > 0 ? DeleteProgram.InUse(completions) : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteProgram delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)),
            refused: _ => Task.FromResult<IActionResult>(RedirectToAction(nameof(Delete), new { id })));

    [HttpGet("completions/add")]
    [Authorize(Policies.RecordCompletions)]
    public async Task<IActionResult> AddCompletion(int educatorId, CancellationToken ct)
    {
        var workplaces = await WorkplacesAsync(educatorId, ct);
        return workplaces.Count == 0
            ? NotFound()
            : await CompletionView(new CompletionForm { EducatorId = educatorId, OrganizationId = workplaces[0].Id }, workplaces, ct);
    }

    [HttpPost("completions/add")]
    [Authorize(Policies.RecordCompletions)]
    public async Task<IActionResult> AddCompletion(CompletionForm form, [FromServices] RecordCompletion record, CancellationToken ct) =>
        await this.AnswerAsync(await record.HandleAsync(form, ct), done => Redirect($"/staff/{done.Id}"),
            async () => await CompletionView(form, await WorkplacesAsync(form.EducatorId, ct), ct));

    [HttpPost("completions/{completionId:int}/delete")]
    [Authorize(Policies.RecordCompletions)]
    public async Task<IActionResult> DeleteCompletion(int completionId, [FromServices] DeleteCompletion delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(completionId, ct), done => Redirect($"/staff/{done.Id}"));

    /// <summary>The educator's current workplaces in the user's scope; none means the educator is out of reach.</summary>
    private Task<List<Choice>> WorkplacesAsync(int educatorId, CancellationToken ct) =>
        RecordCompletion.Workplaces(db, educatorId,
            Today).Select(x => new Choice(x.OrganizationId, x.Organization!.ShortName ?? x.Organization.Name)).ToListAsync(ct);

    private async Task<IActionResult> CompletionView(CompletionForm form, List<Choice> workplaces, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstAsync(e => e.Id == form.EducatorId, ct);
        var programs = await db.ProfessionalPrograms.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title + " (" + p.Hours + " ч)")).ToListAsync(ct);
        return View("CompletionForm", new CompletionFormModel(form, educator, workplaces, programs));
    }

    /// <summary>The form with the experts of the registry who review ДПП, for the РУМО protocol.</summary>
    private async Task<IActionResult> FormView(ProgramForm form, ProfessionalProgram? existing, CancellationToken ct) =>
        View("Form", new ProgramFormModel(form, existing, await db.Experts.AsNoTracking()
            .Where(e => (e.Kinds & Domain.Practices.ExpertiseKinds.Programs) != 0 || form.ExpertIds.Contains(e.Id))
            .OrderBy(e => e.Educator!.LastName).ThenBy(e => e.Educator!.FirstName).Select(e => new Choice(e.Id, e.Educator!.FullName)).ToListAsync(ct)));
}

public sealed record ProgramListModel(ProgramFilter Filter, Page<ProgramRow> Page, bool CanManage, bool CanRecord);

public sealed record CompletionRow(int Id, int EducatorId, string Educator, string Organization, DateOnly CompletedOn, string? CertificateNumber);

public sealed record ProgramCardModel(
    ProfessionalProgram Program, Page<CompletionRow> Completions, IReadOnlyList<CohortRow> Cohorts, IReadOnlyList<string> Areas, bool CanManage);

/// <summary>A cohort of the schedule, with the seats ИОМ items have taken.</summary>
public sealed record CohortRow(int Id, DateOnly StartsOn, DateOnly EndsOn, DateOnly? EnrolmentDeadline, string Where, int Seats, int Taken);

public sealed record ProgramFormModel(ProgramForm Form, ProfessionalProgram? Existing, IReadOnlyList<Choice> Experts);

public sealed record CompletionFormModel(CompletionForm Form, Domain.Staff.Educator Educator, IReadOnlyList<Choice> Workplaces, IReadOnlyList<Choice> Programs);
