using MetodPortal.Data;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.Controllers;

/// <summary>Requests for ДПП: filed from the organizations, counted by area, municipality and format, answered by ЦНППМ / ИРО.</summary>
[Area("Programs")]
[Route("programs/requests")]
[Authorize(Policies.ReadProgramRequests)]
public sealed class RequestsController(PortalDbContext db, TimeProvider clock) : Controller
{
    private int UserId => User.UserIdOf()!.Value;

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] RequestFilter filter, CancellationToken ct)
    {
        var query = ListProgramRequests.Query(db, filter, UserId, User.IsInRole(Roles.Teacher));
        var page = await ListProgramRequests.PageAsync(query, filter.Page, UserId, ct);
        var summary = await ListProgramRequests.SummaryAsync(query, ct);
        return View(new RequestListModel(filter, page, summary, await CompetenceAreas.ChoicesAsync(db, [], ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), User.Allows(Policies.FileProgramRequests), User.Allows(Policies.ManagePrograms)));
    }

    [HttpGet("create")]
    [Authorize(Policies.FileProgramRequests)]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormView(new RequestForm { OrganizationId = User.OrganizationIdOf() }, ct);

    [HttpPost("create")]
    [Authorize(Policies.FileProgramRequests)]
    public async Task<IActionResult> Create(RequestForm form, [FromServices] FileProgramRequest file, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await file.HandleAsync(form, UserId, ct), _ => RedirectToAction(nameof(Index)), () => FormView(form, ct));

    [HttpGet("{id:int}/answer")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Answer(int id, CancellationToken ct) => await AnswerView(id, new AnswerForm(), ct);

    [HttpPost("{id:int}/answer")]
    [Authorize(Policies.ManagePrograms)]
    public async Task<IActionResult> Answer(int id, AnswerForm form, [FromServices] AnswerProgramRequest answer, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await answer.HandleAsync(id, form, UserId, ct), _ => RedirectToAction(nameof(Index)), () => AnswerView(id, form, ct));

    [HttpPost("{id:int}/withdraw")]
    [Authorize(Policies.FileProgramRequests)]
    public async Task<IActionResult> Withdraw(int id, [FromServices] WithdrawProgramRequest withdraw, CancellationToken ct) =>
        await this.AnswerAsync(await withdraw.HandleAsync(id, UserId, ct), _ => RedirectToAction(nameof(Index)));

    private async Task<IActionResult> FormView(RequestForm form, CancellationToken ct)
    {
        var organizations = await Workplaces.ChoicesAsync(db, ct);
        form.OrganizationId ??= organizations.Count == 1 ? organizations[0].Id : null;
        return View("Form", new RequestFormModel(form, organizations, await CompetenceAreas.ChoicesAsync(db, [], ct)));
    }

    private async Task<IActionResult> AnswerView(int id, AnswerForm form, CancellationToken ct)
    {
        var request = await db.ProgramRequests.AsNoTracking().Include(r => r.Organization).Include(r => r.CompetenceArea)
            .FirstOrDefaultAsync(r => r.Id == id, ct);
        if (request is null)
        {
            return NotFound();
        }

        var today = clock.Today();
        var cohorts = await db.ProgramCohorts.AsNoTracking().Where(c => c.EndsOn >= today).OrderBy(c => c.Program!.Title).ThenBy(c => c.StartsOn)
            .Select(c => new { c.Id, c.Program!.Title, c.StartsOn, c.EndsOn, c.IsOnline }).ToListAsync(ct);
        var programs = await db.ProfessionalPrograms.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Title)
            .Select(p => new Choice(p.Id, p.Title)).ToListAsync(ct);
        return View("Answer", new RequestAnswerModel(request, form,
            [.. cohorts.Select(c => new Choice(c.Id, $"{c.Title}: {Display.Date(c.StartsOn)} — {Display.Date(c.EndsOn)}{(c.IsOnline ? ", онлайн" : "")}"))],
            programs));
    }
}

public sealed record RequestListModel(
    RequestFilter Filter, Page<RequestRow> Page, RequestSummary Summary, IReadOnlyList<Choice> Areas, IReadOnlyList<Choice> Municipalities, bool CanFile,
    bool CanAnswer);

public sealed record RequestFormModel(RequestForm Form, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Areas);

public sealed record RequestAnswerModel(ProgramRequest Request, AnswerForm Form, IReadOnlyList<Choice> Cohorts, IReadOnlyList<Choice> Programs);
