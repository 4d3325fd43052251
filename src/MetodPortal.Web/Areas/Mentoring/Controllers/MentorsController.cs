using MetodPortal.Data;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.Controllers;

/// <summary>The registry of mentors: who mentors in which competence areas, where, and how many pairs they can take.</summary>
[Area("Mentoring")]
[Route("mentoring/mentors")]
[Authorize(Policies.ReadMentoring)]
public sealed class MentorsController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] MentorFilter filter, CancellationToken ct) =>
        View(new MentorListModel(filter, await ListMentors.PageAsync(db, filter, ct), await Workplaces.ChoicesAsync(db, ct),
            await CompetenceAreas.ChoicesAsync(db, [], ct), User.Allows(Policies.ManageMentors)));

    [HttpGet("create")]
    [Authorize(Policies.ManageMentors)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        await Workplaces.MayNameAsync(db, organizationId, null, ct)
            ? await FormView(new MentorForm { OrganizationId = organizationId ?? User.OrganizationIdOf() }, null, ct)
            : NotFound();

    [HttpPost("create")]
    [Authorize(Policies.ManageMentors)]
    public async Task<IActionResult> Create(MentorForm form, [FromServices] RegisterMentor register, CancellationToken ct) =>
        await this.AnswerAsync(await register.HandleAsync(form, ct), _ => RedirectToAction(nameof(Index)), () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageMentors)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var mentor = await db.Mentors.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct);
        return mentor is null ? NotFound() : await FormView(MentorForm.From(mentor), id, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageMentors)]
    public async Task<IActionResult> Edit(int id, MentorForm form, [FromServices] ReviseMentor revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Index)), () => FormView(form, id, ct));

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageMentors)]
    public async Task<IActionResult> Delete(int id, [FromServices] RemoveMentor remove, CancellationToken ct) =>
        await this.AnswerAsync(await remove.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)));

    private async Task<IActionResult> FormView(MentorForm form, int? id, CancellationToken ct)
    {
        var organizations = await Workplaces.ChoicesAsync(db, ct);
        form.OrganizationId ??= organizations.Count == 1 ? organizations[0].Id : null;
        var today = clock.Today();
        var staff = form.OrganizationId is { } organizationId ? await Workplaces.StaffChoicesAsync(db, organizationId, today, today, ct) : [];
        return View("Form", new MentorFormModel(form, id, organizations, staff));
    }
}

public sealed record MentorListModel(
    MentorFilter Filter, Page<MentorRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Areas, bool CanManage)
{
    public string AreaNames(IEnumerable<int> ids) => string.Join(", ", Areas.Where(a => ids.Contains(a.Id)).Select(a => a.Name));
}

public sealed record MentorFormModel(MentorForm Form, int? Id, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);
