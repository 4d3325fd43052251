using FluentValidation;
using MetodPortal.Data;
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
public sealed class MentoringController(
    PortalDbContext db, IValidator<ProgramForm> programValidator, IValidator<PairForm> pairValidator, IValidator<ClosePairForm> closeValidator, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MentoringFilter filter, CancellationToken ct) =>
        View(new ProgramListModel(filter, await ListMentoring.ProgramsAsync(db, filter, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), User.Allows(Policies.ManageMentoring)));

    [HttpGet("pairs")]
    public async Task<IActionResult> Pairs([FromQuery] PairFilter filter, CancellationToken ct) =>
        View(new PairListModel(filter, await ListMentoring.PairsAsync(db, filter, Today, ct), await Workplaces.ChoicesAsync(db, ct), Today));

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).Include(p => p.Curator)
            .Include(p => p.Pairs).ThenInclude(p => p.Mentor).Include(p => p.Pairs).ThenInclude(p => p.Mentee)
            .AsSplitQuery().FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null ? NotFound() : View(new ProgramCardModel(program, Today, User.Allows(Policies.ManageMentoring)));
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
    public async Task<IActionResult> Create(ProgramForm form, CancellationToken ct)
    {
        (await programValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organization = form.OrganizationId is { } orgId ? await Workplaces.Of(db).FirstOrDefaultAsync(o => o.Id == orgId, ct) : null;
        if (organization is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите организацию из списка.");
        }
        else
        {
            await CheckCuratorAsync(form, organization.Id, ct);
        }

        if (!ModelState.IsValid)
        {
            return await ProgramView(form, null, ct);
        }

        var program = new MentoringProgram { RegionId = organization!.RegionId, OrganizationId = organization.Id };
        form.ApplyTo(program);
        db.MentoringPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Программа наставничества «{program.Title}» создана. Добавьте наставнические пары.");
        return RedirectToAction(nameof(Details), new { id = program.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null ? NotFound() : await ProgramView(ProgramForm.From(program), program, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> Edit(int id, ProgramForm form, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.Include(p => p.Organization).Include(p => p.Pairs).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        form.OrganizationId = program.OrganizationId;
        (await programValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        await CheckCuratorAsync(form, program.OrganizationId, ct);
        if (ModelState.IsValid && program.Pairs.FirstOrDefault(p => p.PeriodFrom < form.PeriodFrom || p.PeriodTo > form.PeriodTo) is { } outside)
        {
            ModelState.AddModelError(nameof(form.PeriodFrom), $"Период пары с {Display.Date(outside.PeriodFrom)} по {Display.Date(outside.PeriodTo)} выходит за новый период программы.");
        }

        if (!ModelState.IsValid)
        {
            return await ProgramView(form, program, ct);
        }

        form.ApplyTo(program);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

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
            Refusal: pairs > 0 ? $"В программе есть наставнические пары ({pairs}). Удалите их или завершите программу, изменив её период." : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        if (await db.MentoringPairs.AnyAsync(p => p.ProgramId == id, ct))
        {
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.MentoringPrograms.Remove(program);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Программа «{program.Title}» удалена.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/pairs/create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> CreatePair(int id, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.AsNoTracking().Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        var from = Today < program.PeriodFrom ? program.PeriodFrom : Today > program.PeriodTo ? program.PeriodFrom : Today;
        return await PairView(new PairForm { Kind = MentoringForm.TeacherToYoungSpecialist, PeriodFrom = from, PeriodTo = program.PeriodTo }, program, null, ct);
    }

    [HttpPost("{id:int}/pairs/create")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> CreatePair(int id, PairForm form, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.Include(p => p.Organization).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        (await pairValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        await SaveMentoring.CheckAsync(db, form, program, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await PairView(form, program, null, ct);
        }

        var pair = new MentoringPair { RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id };
        form.ApplyTo(pair);
        db.MentoringPairs.Add(pair);
        await db.SaveChangesAsync(ct);
        TempData.Success("Наставническая пара добавлена.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("pairs/{pairId:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> EditPair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null ? NotFound() : await PairView(PairForm.From(pair), pair.Program!, pair, ct);
    }

    [HttpPost("pairs/{pairId:int}/edit")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> EditPair(int pairId, PairForm form, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        if (pair is null)
        {
            return NotFound();
        }

        if (pair.Status != PairStatus.Active)
        {
            ModelState.AddModelError("", "Закрытая пара не изменяется.");
        }

        (await pairValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        await SaveMentoring.CheckAsync(db, form, pair.Program!, pair.Id, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await PairView(form, pair.Program!, pair, ct);
        }

        form.ApplyTo(pair);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения пары сохранены.");
        return RedirectToAction(nameof(Details), new { id = pair.ProgramId });
    }

    [HttpGet("pairs/{pairId:int}/close")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> ClosePair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null ? NotFound() : View(new ClosePairModel(pair, new ClosePairForm { ClosedOn = Today < pair.PeriodTo ? Today : pair.PeriodTo }));
    }

    [HttpPost("pairs/{pairId:int}/close")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> ClosePair(int pairId, ClosePairForm form, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        if (pair is null)
        {
            return NotFound();
        }

        (await closeValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (ModelState.IsValid && MentoringRules.CloseError(pair, form.Status, form.ClosedOn, form.Result) is { } error)
        {
            ModelState.AddModelError("", error);
        }

        if (!ModelState.IsValid)
        {
            return View(new ClosePairModel(pair, form));
        }

        (pair.Status, pair.ClosedOn, pair.Result) = (form.Status, form.ClosedOn, form.Result!.Trim());
        await db.SaveChangesAsync(ct);
        TempData.Success($"Пара закрыта: {pair.Status.Name()}.");
        return RedirectToAction(nameof(Details), new { id = pair.ProgramId });
    }

    [HttpGet("pairs/{pairId:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeletePair(int pairId, CancellationToken ct)
    {
        var pair = await LoadPairAsync(pairId, ct);
        return pair is null
            ? NotFound()
            : View("Confirm", new ConfirmModel(
                "Удаление наставнической пары", $"Пара «{pair.Mentor!.FullName} — {pair.Mentee?.FullName ?? pair.StudentName}» будет удалена. Если пара работала, её лучше закрыть с результатом.",
                $"/mentoring/pairs/{pairId}/delete", $"/mentoring/{pair.ProgramId}",
                [("Наставничество", "/mentoring"), (pair.Program!.Title, $"/mentoring/{pair.ProgramId}")]));
    }

    [HttpPost("pairs/{pairId:int}/delete")]
    [Authorize(Policies.ManageMentoring)]
    public async Task<IActionResult> DeletePairConfirmed(int pairId, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct);
        if (pair is null)
        {
            return NotFound();
        }

        db.MentoringPairs.Remove(pair);
        await db.SaveChangesAsync(ct);
        TempData.Success("Наставническая пара удалена.");
        return RedirectToAction(nameof(Details), new { id = pair.ProgramId });
    }

    private Task<MentoringPair?> LoadPairAsync(int pairId, CancellationToken ct) =>
        db.MentoringPairs.Include(p => p.Program).ThenInclude(p => p!.Organization).Include(p => p.Mentor).Include(p => p.Mentee)
            .FirstOrDefaultAsync(p => p.Id == pairId, ct);

    private async Task CheckCuratorAsync(ProgramForm form, int organizationId, CancellationToken ct)
    {
        if (form.CuratorId is { } curator && !await db.Employments.AnyAsync(x => x.EducatorId == curator && x.OrganizationId == organizationId, ct))
        {
            ModelState.AddModelError(nameof(form.CuratorId), "Куратор — сотрудник организации: выберите его из списка.");
        }
    }

    private async Task<IActionResult> ProgramView(ProgramForm form, MentoringProgram? existing, CancellationToken ct)
    {
        var organizations = existing is null ? await Workplaces.ChoicesAsync(db, ct) : [new Choice(existing.OrganizationId, existing.Organization!.DisplayName)];
        var orgId = form.OrganizationId ?? (organizations.Count == 1 ? organizations[0].Id : null);
        var staff = orgId is { } id ? await SaveMentoring.StaffAsync(db, id, Today, ct) : [];
        return View("ProgramForm", new ProgramFormModel(form, existing, organizations, staff.Select(s => new Choice(s.Id, s.Name)).ToList()));
    }

    private async Task<IActionResult> PairView(PairForm form, MentoringProgram program, MentoringPair? existing, CancellationToken ct) =>
        View("PairForm", new PairFormModel(form, program, existing, await SaveMentoring.StaffAsync(db, program.OrganizationId, Today, ct)));
}

public sealed record ProgramListModel(MentoringFilter Filter, Page<ProgramRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record PairListModel(PairFilter Filter, Page<PairRow> Page, IReadOnlyList<Choice> Organizations, DateOnly Today);

public sealed record ProgramCardModel(MentoringProgram Program, DateOnly Today, bool CanManage);

public sealed record ProgramFormModel(ProgramForm Form, MentoringProgram? Existing, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);

public sealed record PairFormModel(PairForm Form, MentoringProgram Program, MentoringPair? Existing, IReadOnlyList<StaffChoice> Staff);

public sealed record ClosePairModel(MentoringPair Pair, ClosePairForm Form);
