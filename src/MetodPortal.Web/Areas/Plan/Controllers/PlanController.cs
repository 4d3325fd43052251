using MetodPortal.Data;
using MetodPortal.Domain.Plan;
using MetodPortal.Reports.Excel;
using MetodPortal.Reports.Plan;
using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.Controllers;

/// <summary>The plans of measures in scope, each plan's execution at a glance and its execution report («отчёт об исполнении комплекса мер»).</summary>
[Area("Plan")]
[Route("plan")]
[Authorize(Policies.ReadPlan)]
public sealed class PlanController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        var plans = await db.MeasurePlans.AsNoTracking().OrderBy(p => p.MunicipalityId != null).ThenByDescending(p => p.To).ToListAsync(ct);
        var analyses = await AnalysisReads.Lines(db, User).Take(5).ToListAsync(ct);
        return View(new PlanListModel(plans, analyses, User.Allows(Policies.ManagePlan)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, OccurrenceState? state, int? direction, CancellationToken ct)
    {
        var execution = await PlanExecution.LoadAsync(db, id, clock, ct);
        return execution is null ? NotFound() : View(new PlanPageModel(execution, state, direction, User.Allows(Policies.ManagePlan)));
    }

    [HttpGet("{id:int}/execution.pdf")]
    public async Task<IActionResult> Pdf(int id, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct) =>
        await PlanExecution.LoadAsync(reads, id, clock, ct) is { } execution
            ? File(ExecutionPdf.Render(execution.ToReport(User.FullNameOf(), Display.DateTime(clock.GetUtcNow()))), "application/pdf",
                $"ispolnenie-plana-{id}.pdf")
            : NotFound();

    [HttpGet("{id:int}/execution.xlsx")]
    public async Task<IActionResult> Xlsx(int id, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        if (await PlanExecution.LoadAsync(reads, id, clock, ct) is not { } execution)
        {
            return NotFound();
        }

        var report = execution.ToReport(User.FullNameOf(), Display.DateTime(clock.GetUtcNow()));
        return this.Xlsx($"ispolnenie-plana-{id}.xlsx",
        [
            ("Мероприятия", MeasureColumns, report.Measures.Select(m => (IReadOnlyList<object?>)
                [m.Direction, m.Number, m.Title, m.Responsible, m.Deadline, m.ExpectedResult, m.OnTime, m.Late, m.Overdue, m.Upcoming, m.Target, m.Current])),
            ("По направлениям", GroupColumns, report.ByDirection.Select(Group)),
            ("По ответственным", GroupColumns, report.ByResponsible.Select(Group)),
        ]);
    }

    [HttpGet("new")]
    [Authorize(Policies.ManagePlan)]
    public IActionResult Create() => View("Form", new PlanFormModel(new PlanForm(), null));

    [HttpPost("new")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Create(PlanForm form, [FromServices] SavePlan save, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await save.HandleAsync(null, form, ct), done => Redirect($"/plan/{done.Id}"),
            () => Task.FromResult<IActionResult>(View("Form", new PlanFormModel(form, null))));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct) =>
        await db.MeasurePlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct) is { } plan
            ? View("Form", new PlanFormModel(PlanForm.Of(plan), id))
            : NotFound();

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManagePlan)]
    public async Task<IActionResult> Edit(int id, PlanForm form, [FromServices] SavePlan save, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await save.HandleAsync(id, form, ct), _ => Redirect($"/plan/{id}"),
            () => Task.FromResult<IActionResult>(View("Form", new PlanFormModel(form, id))));

    private static IReadOnlyList<object?> Group(PlanReportGroup g) => [g.Name, g.OnTime, g.Late, g.Overdue, g.Upcoming, g.Cancelled];

    private static readonly IReadOnlyList<XlsxColumn> MeasureColumns =
    [
        new("Направление", XlsxKind.Integer), new("№"), new("Мероприятие", Width: 60), new("Ответственные", Width: 30), new("Срок", Width: 24),
        new("Ожидаемый результат", Width: 40), new("В срок", XlsxKind.Integer), new("С опозданием", XlsxKind.Integer), new("Просрочено", XlsxKind.Integer),
        new("Предстоит", XlsxKind.Integer), new("Целевое значение", Width: 30), new("Текущее значение", Width: 30),
    ];

    private static readonly IReadOnlyList<XlsxColumn> GroupColumns =
    [
        new("Направление / ответственный", Width: 60), new("В срок", XlsxKind.Integer), new("С опозданием", XlsxKind.Integer),
        new("Просрочено", XlsxKind.Integer), new("Предстоит", XlsxKind.Integer), new("Отменено", XlsxKind.Integer),
    ];
}

public sealed record PlanListModel(IReadOnlyList<MeasurePlan> Plans, IReadOnlyList<AnalysisLine> Analyses, bool CanManage);

public sealed record PlanFormModel(PlanForm Form, int? Id);

public sealed record PlanPageModel(PlanExecution Execution, OccurrenceState? State, int? Direction, bool CanManage)
{
    /// <summary>The measures the filter keeps: of a direction, with an occurrence in a state.</summary>
    public IEnumerable<MeasureLine> Shown => Execution.Measures.Where(l => (Direction is null || l.Measure.Direction == Direction)
        && (State is null || State switch
        {
            OccurrenceState.DoneOnTime => l.Counts.OnTime > 0,
            OccurrenceState.DoneLate => l.Counts.Late > 0,
            OccurrenceState.Overdue => l.Counts.Overdue > 0,
            OccurrenceState.Upcoming => l.Counts.Upcoming > 0,
            _ => l.Counts.Cancelled > 0,
        }));
}
