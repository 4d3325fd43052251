using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.Controllers;

/// <summary>Mentoring programmes of organizations and their pairs: kept by the school administrator, read by methodists and coordinators in scope.</summary>
[Area("Mentoring")]
[Route("mentoring")]
[Authorize(Policies.ReadMentoring)]
public sealed class MentoringController(PortalDbContext db, AccessLog access, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MentoringFilter filter, CancellationToken ct) =>
        View(new ProgramListModel(filter, await ListMentoring.ProgramsAsync(db, filter, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), User.Allows(Policies.ManageMentoring)));

    [HttpGet("pairs")]
    public async Task<IActionResult> Pairs([FromQuery] PairFilter filter, CancellationToken ct) =>
        View(new PairListModel(filter, await ListMentoring.PairsAsync(db, filter, Today, ct), await Workplaces.ChoicesAsync(db, ct), Today));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] MentoringFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await access.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"nastavnichestvo-{Today:yyyy-MM-dd}.xlsx", await ListMentoring.ProgramSheetsAsync(reads, filter, ct));
    }

    [HttpGet("pairs/export")]
    public async Task<IActionResult> ExportPairs([FromQuery] PairFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await access.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"pary-nastavnichestva-{Today:yyyy-MM-dd}.xlsx", await ListMentoring.PairSheetsAsync(reads, filter, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).Include(p => p.Curator)
            .Include(p => p.Pairs).ThenInclude(p => p.Mentee)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null
            ? NotFound()
            : View(new ProgramCardModel(program, Today, User.Allows(Policies.ManageMentoring),
                await MunicipalMentors.OfPairsAsync(db, program.Pairs.Select(p => p.MentorId), ct)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct)
    {
        if (!await Workplaces.MayNameAsync(db, organizationId, null, ct))
        {
            return NotFound();
        }

        var year = Today.Year;
        return await ProgramView(new ProgramForm
        {
            OrganizationId = organizationId ?? User.OrganizationIdOf(), PeriodFrom = new DateOnly(year, 9, 1), PeriodTo = new DateOnly(year + 1, 8, 31),
        }, null, ct);
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Create(ProgramForm form, [FromServices] CreateMentoringProgram create, CancellationToken ct) =>
        await this.AnswerAsync(await create.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => ProgramView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null ? NotFound() : await ProgramView(ProgramForm.From(program), program, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Edit(int id, ProgramForm form, [FromServices] ReviseMentoringProgram revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await ProgramView(form, await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).FirstAsync(p => p.Id == id, ct), ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var pairs = await db.MentoringPairs.CountAsync(p => p.ProgramId == id, ct);
        return View("Confirm", new ConfirmModel(
            "Удаление программы наставничества", $"Программа «{program.Title}» будет удалена. Запись об удалении останется в журнале изменений.",
            $"/mentoring/{id}/delete", $"/mentoring/{id}", [("Наставничество", "/mentoring"), (program.Title, $"/mentoring/{id}")],
            Refusal: pairs > 0 ? DeleteMentoringProgram.HasPairs(pairs) : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteMentoringProgram delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)),
            refused: _ => Task.FromResult<IActionResult>(RedirectToAction(nameof(Delete), new { id })));

    [HttpGet("{id:int}/pairs/create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> CreatePair(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var from = FormPair.DefaultStart(program, Today);
        return await PairView(new PairForm { Kind = MentoringForm.TeacherToYoungSpecialist, PeriodFrom = from, PeriodTo = program.PeriodTo }, program,
            null, ct);
    }

    [HttpPost("{id:int}/pairs/create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> CreatePair(int id, PairForm form, [FromServices] FormPair create, CancellationToken ct) =>
        await this.AnswerAsync(await create.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await PairView(form, await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).FirstAsync(p => p.Id == id, ct), null, ct));

    [HttpGet("pairs/{pairId:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> EditPair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null ? NotFound() : await PairView(PairForm.From(pair), pair.Program!, pair, ct);
    }

    [HttpPost("pairs/{pairId:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> EditPair(int pairId, PairForm form, [FromServices] RevisePair revise, CancellationToken ct)
    {
        async Task<IActionResult> Form()
        {
            var pair = (await LoadPairAsync(pairId, ct))!;
            return await PairView(form, pair.Program!, pair, ct);
        }

        return await this.AnswerOnFormAsync(await revise.HandleAsync(pairId, form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }), Form);
    }

    [HttpGet("pairs/{pairId:int}/close")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> ClosePair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null
            ? NotFound()
            : View(new ClosePairModel(pair, await MentorNameAsync(pair, ct), new ClosePairForm { ClosedOn = Today < pair.PeriodTo ? Today : pair.PeriodTo }));
    }

    [HttpPost("pairs/{pairId:int}/close")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> ClosePair(int pairId, ClosePairForm form, [FromServices] ClosePair close, CancellationToken ct)
    {
        async Task<IActionResult> Form()
        {
            var pair = (await LoadPairAsync(pairId, ct))!;
            return View(new ClosePairModel(pair, await MentorNameAsync(pair, ct), form));
        }

        return await this.AnswerOnFormAsync(await close.HandleAsync(pairId, form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }), Form);
    }

    [HttpGet("pairs/{pairId:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeletePair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null
            ? NotFound()
            : View("Confirm", new ConfirmModel(
                "Удаление наставнической пары",
                $"Пара «{await MentorNameAsync(pair, ct)} — {pair.Mentee?.FullName ?? pair.StudentName}» будет удалена. Если пара работала, её лучше закрыть "
                    + "с результатом.",
                $"/mentoring/pairs/{pairId}/delete", $"/mentoring/{pair.ProgramId}",
                [("Наставничество", "/mentoring"), (pair.Program!.Title, $"/mentoring/{pair.ProgramId}")]));
    }

    [HttpPost("pairs/{pairId:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeletePairConfirmed(int pairId, [FromServices] DeletePair delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(pairId, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }));

    private Task<MentoringPair?> LoadPairAsync(int pairId, CancellationToken ct) =>
        db.MentoringPairs.AsNoTracking().Include(p => p.Program).ThenInclude(p => p!.Organization).Include(p => p.Mentee)
            .FirstOrDefaultAsync(p => p.Id == pairId, ct);

    /// <summary>The mentor's name, also of a mentor for the municipality from another organization (<see cref="MunicipalMentors"/>).</summary>
    private async Task<string> MentorNameAsync(MentoringPair pair, CancellationToken ct) =>
        PairMentor.NameOf(await MunicipalMentors.OfPairsAsync(db, [pair.MentorId], ct), pair.MentorId);

    private async Task<IActionResult> ProgramView(ProgramForm form, MentoringProgram? existing, CancellationToken ct)
    {
        var organizations = existing is null ? await Workplaces.ChoicesAsync(db, ct)
            : [new Choice(existing.OrganizationId, existing.Organization!.DisplayName)];
        var orgId = form.OrganizationId ?? (organizations.Count == 1 ? organizations[0].Id : null);
        var staff = orgId is { } id ? await FormPair.StaffAsync(db, id, Today, ct) : [];
        return View("ProgramForm", new ProgramFormModel(form, existing, organizations, staff.Select(s => new Choice(s.Id, s.Name)).ToList()));
    }

    private async Task<IActionResult> PairView(PairForm form, MentoringProgram program, MentoringPair? existing, CancellationToken ct) =>
        View("PairForm", new PairFormModel(form, program, existing, await FormPair.StaffAsync(db, program.OrganizationId, Today, ct),
            await MunicipalMentors.ServingAsync(db, program.OrganizationId, Today, ct)));
}

public sealed record ProgramListModel(MentoringFilter Filter, Page<ProgramRow> Page, IReadOnlyList<Choice> Organizations,
    IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record PairListModel(PairFilter Filter, Page<PairRow> Page, IReadOnlyList<Choice> Organizations, DateOnly Today);

/// <param name="Mentors">The pairs' mentors (<see cref="MunicipalMentors.OfPairsAsync"/>).</param>
public sealed record ProgramCardModel(MentoringProgram Program, DateOnly Today, bool CanManage, IReadOnlyDictionary<int, PairMentor> Mentors);

public sealed record ProgramFormModel(ProgramForm Form, MentoringProgram? Existing, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);

/// <param name="FromMunicipality">Mentors of other organizations registered for the municipality: they may lead a pair here too.</param>
public sealed record PairFormModel(
    PairForm Form, MentoringProgram Program, MentoringPair? Existing, IReadOnlyList<StaffChoice> Staff, IReadOnlyList<StaffChoice> FromMunicipality);

public sealed record ClosePairModel(MentoringPair Pair, string MentorName, ClosePairForm Form);
