using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
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
public sealed class ProgramsController(PortalDbContext db, IValidator<ProgramForm> validator, IValidator<CompletionForm> completionValidator, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ProgramFilter filter, CancellationToken ct) =>
        View(new ProgramListModel(filter, await ListPrograms.PageAsync(db, filter, ct), User.Allows(Policies.ManagePrograms), User.Allows(Policies.RecordCompletions)));

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
        return View(new ProgramCardModel(program, completions, User.Allows(Policies.ManagePrograms)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManagePrograms)]
    public IActionResult Create() => View("Form", new ProgramFormModel(new ProgramForm(), null));

    [HttpPost("create")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Create(ProgramForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (User.Scope().RegionId is not { } regionId)
        {
            ModelState.AddModelError("", "Реестр ДПП ведётся для региона: войдите пользователем региона.");
            regionId = 0;
        }

        if (!ModelState.IsValid)
        {
            return View("Form", new ProgramFormModel(form, null));
        }

        var program = new ProfessionalProgram { RegionId = regionId };
        form.ApplyTo(program);
        db.ProfessionalPrograms.Add(program);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Программа «{program.Title}» внесена в реестр.");
        return RedirectToAction(nameof(Details), new { id = program.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        return program is null ? NotFound() : View("Form", new ProgramFormModel(ProgramForm.From(program), program));
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Edit(int id, ProgramForm form, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return View("Form", new ProgramFormModel(form, program));
        }

        form.ApplyTo(program);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

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
            Refusal: completions > 0 ? $"Программу уже прошли педагоги ({completions}). Вместо удаления снимите отметку «действует»." : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (program is null)
        {
            return NotFound();
        }

        if (await db.ProgramCompletions.AnyAsync(c => c.ProgramId == id, ct))
        {
            return RedirectToAction(nameof(Delete), new { id });
        }

        db.ProfessionalPrograms.Remove(program);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Программа «{program.Title}» удалена из реестра.");
        return RedirectToAction(nameof(Index));
    }

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
    public async Task<IActionResult> AddCompletion(CompletionForm form, CancellationToken ct)
    {
        var workplaces = await WorkplacesAsync(form.EducatorId, ct);
        if (workplaces.Count == 0)
        {
            return NotFound();
        }

        (await completionValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organization = workplaces.FirstOrDefault(w => w.Id == form.OrganizationId);
        var program = form.ProgramId is { } pid ? await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == pid && p.IsActive, ct) : null;
        if (organization is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите место работы педагога.");
        }

        if (program is null && form.ProgramId is not null)
        {
            ModelState.AddModelError(nameof(form.ProgramId), "Выберите программу из реестра ДПП.");
        }

        if (ModelState.IsValid && await CompletionRules.ExistsAsync(db, form.EducatorId, program!.Id, form.CompletedOn!.Value, ct))
        {
            ModelState.AddModelError("", "Это прохождение уже записано: та же программа и та же дата окончания.");
        }

        if (!ModelState.IsValid)
        {
            return await CompletionView(form, workplaces, ct);
        }

        db.ProgramCompletions.Add(new ProgramCompletion
        {
            RegionId = program!.RegionId, OrganizationId = organization!.Id, EducatorId = form.EducatorId, ProgramId = program.Id, CompletedOn = form.CompletedOn!.Value,
            CertificateNumber = FormText.OrNull(form.CertificateNumber),
        });
        await db.SaveChangesAsync(ct);
        TempData.Success($"Прохождение программы «{program.Title}» записано.");
        return Redirect($"/staff/{form.EducatorId}");
    }

    [HttpPost("completions/{completionId:int}/delete")]
    [Authorize(Policies.RecordCompletions)]
    public async Task<IActionResult> DeleteCompletion(int completionId, CancellationToken ct)
    {
        var completion = await db.ProgramCompletions.FirstOrDefaultAsync(c => c.Id == completionId, ct);
        if (completion is null)
        {
            return NotFound();
        }

        db.ProgramCompletions.Remove(completion);
        await db.SaveChangesAsync(ct);
        TempData.Success("Запись о прохождении курсов удалена.");
        return Redirect($"/staff/{completion.EducatorId}");
    }

    /// <summary>The educator's current workplaces in the user's scope; none means the educator is out of reach.</summary>
    private Task<List<Choice>> WorkplacesAsync(int educatorId, CancellationToken ct) =>
        db.Employments.AsNoTracking().Where(x => x.EducatorId == educatorId && (x.EndDate == null || x.EndDate >= Today))
            .OrderByDescending(x => x.IsMain).Select(x => new Choice(x.OrganizationId, x.Organization!.ShortName ?? x.Organization.Name)).ToListAsync(ct);

    private async Task<IActionResult> CompletionView(CompletionForm form, List<Choice> workplaces, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstAsync(e => e.Id == form.EducatorId, ct);
        var programs = await db.ProfessionalPrograms.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title + " (" + p.Hours + " ч)")).ToListAsync(ct);
        return View("CompletionForm", new CompletionFormModel(form, educator, workplaces, programs));
    }
}

public sealed record ProgramListModel(ProgramFilter Filter, Page<ProgramRow> Page, bool CanManage, bool CanRecord);

public sealed record CompletionRow(int Id, int EducatorId, string Educator, string Organization, DateOnly CompletedOn, string? CertificateNumber);

public sealed record ProgramCardModel(ProfessionalProgram Program, Page<CompletionRow> Completions, bool CanManage);

public sealed record ProgramFormModel(ProgramForm Form, ProfessionalProgram? Existing);

public sealed record CompletionFormModel(CompletionForm Form, Domain.Staff.Educator Educator, IReadOnlyList<Choice> Workplaces, IReadOnlyList<Choice> Programs);
