using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Reports.Excel;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.Controllers;

/// <summary>The region's registry of experts (seed 004, direction 2, 4.10), kept by ЦНППМ / ИРО, read in scope: each expert's fields, order,
/// period and the load of their expertises in a year.</summary>
[Area("Practices")]
[Route("experts")]
[Authorize(Policies.ReadExperts)]
public sealed class ExpertsController(PortalDbContext db, AccessLog accessLog, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] ExpertFilter filter, CancellationToken ct)
    {
        var page = await ListExperts.PageAsync(db, filter, Today, ct);
        return View(new ExpertListModel(filter, page, ListExperts.YearOf(filter, Today).From.Year, await Workplaces.MunicipalityChoicesAsync(db, ct),
            await CompetenceAreas.ChoicesAsync(db, [], ct), User.Allows(Policies.ConductExpertise)));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] ExpertFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var rows = await ListExperts.Rows(reads, filter, Today).ToListAsync(ct);
        var areas = (await CompetenceAreas.ChoicesAsync(reads, [], ct)).ToDictionary(a => a.Id, a => a.Name);
        await accessLog.ListAsync(AccessKind.RegistryExport, ct);
        return this.Xlsx("reestr-ekspertov.xlsx", "Эксперты", ExportColumns, rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, r.Organization, r.Municipality ?? "региональная", Display.List(r.AreaIds.Select(a => areas.GetValueOrDefault(a))),
            Flags<ExpertiseKinds>.Names(r.Kinds), r.OrderNumber, r.OrderDate, r.ValidFrom, r.ValidTo, r.Reviews, r.Programs, r.Load,
        ]));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var card = await ExpertCard.LoadAsync(db, id, User.Allows(Policies.ConductExpertise), ct);
        if (card is null)
        {
            return NotFound();
        }

        await accessLog.PersonAsync(AccessKind.ExpertCard, card.Expert.EducatorId, card.Expert.RegionId, $"Эксперт № {id}", ct);
        return View(card);
    }

    [HttpGet("create")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        await Workplaces.MayNameAsync(db, organizationId, null, ct)
            ? await FormView(new ExpertForm { OrganizationId = organizationId, ValidFrom = Today, OrderDate = Today, Kinds = [ExpertiseKinds.Practices] },
                null, ct)
            : NotFound();

    [HttpPost("create")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Create(ExpertForm form, [FromServices] RegisterExpert register, CancellationToken ct) =>
        await this.AnswerAsync(await register.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await db.Experts.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) is { } expert
            ? await FormView(ExpertForm.From(expert), id, ct)
            : NotFound();

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Edit(int id, ExpertForm form, [FromServices] ReviseExpert revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }), () => FormView(form, id, ct));

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Delete(int id, [FromServices] RemoveExpert remove, CancellationToken ct) =>
        await this.AnswerAsync(await remove.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)), refused: reason =>
        {
            TempData.Warning(reason);
            return Task.FromResult<IActionResult>(RedirectToAction(nameof(Details), new { id }));
        });

    private static readonly IReadOnlyList<XlsxColumn> ExportColumns =
    [
        new("Эксперт", Width: 36), new("Организация", Width: 30), new("Муниципалитет", Width: 24), new("Компетенции", Width: 40),
        new("Виды экспертизы", Width: 36), new("Приказ №"), new("Дата приказа", XlsxKind.Date), new("В реестре с", XlsxKind.Date),
        new("по", XlsxKind.Date), new("Практик за год", XlsxKind.Integer), new("ДПП за год", XlsxKind.Integer),
        new("Нагрузка за год", XlsxKind.Integer),
    ];

    private async Task<IActionResult> FormView(ExpertForm form, int? id, CancellationToken ct)
    {
        var organizations = await Workplaces.OrganizationChoicesAsync(db, ct);
        var staff = await Workplaces.StaffOfChosenAsync(db, organizations, form.OrganizationId, Today, ct);
        return View("Form", new ExpertFormModel(form, id, organizations, staff));
    }
}

public sealed record ExpertListModel(
    ExpertFilter Filter, Page<ExpertRow> Page, int Year, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Areas, bool CanManage)
{
    public string AreaNames(IEnumerable<int> ids) => string.Join(", ", Areas.Where(a => ids.Contains(a.Id)).Select(a => a.Name));
}

public sealed record ExpertFormModel(ExpertForm Form, int? Id, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff);
