using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.Controllers;

/// <summary>Diagnostics of professional deficits: the list, an educator's diagnostic card, entry, edit, delete and comparison.</summary>
[Area("Diagnostics")]
[Route("diagnostics")]
[Authorize(Policies.ReadDiagnostics)]
public sealed class DiagnosticsController(PortalDbContext db, AccessLog access, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] DiagnosticFilter filter, CancellationToken ct)
    {
        var educator = filter.EducatorId is { } id ? await db.Educators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, ct) : null;
        if (filter.EducatorId is not null && educator is null)
        {
            return NotFound();
        }

        return View(new DiagnosticListModel(filter, await ListDiagnostics.PageAsync(db, filter, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct),
            await db.DiagnosticInstruments.AsNoTracking().OrderBy(i => i.Title).Select(i => new Choice(i.Id, i.Title)).ToListAsync(ct), educator));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] DiagnosticFilter filter,
        [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await access.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"diagnostiki-{Today:yyyy-MM-dd}.xlsx", "Диагностики", ListDiagnostics.Columns,
            ListDiagnostics.Rows(reads, filter).AsEnumerable().Select(ListDiagnostics.Cells));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var diagnostic = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (diagnostic is null)
        {
            return NotFound();
        }

        await access.PersonAsync(AccessKind.Diagnostic, diagnostic.EducatorId, diagnostic.RegionId, $"диагностика № {id}", ct);
        var routes = await db.Routes.AsNoTracking().Where(r => r.DiagnosticId == id).OrderByDescending(r => r.CreatedAt).ToListAsync(ct);
        var earlier = await db.Diagnostics.AsNoTracking().Where(d => d.EducatorId == diagnostic.EducatorId && d.Id != id && d.Date <= diagnostic.Date)
            .OrderByDescending(d => d.Date).Select(d => (int?)d.Id).FirstOrDefaultAsync(ct);
        return View(new DiagnosticCardModel(diagnostic, routes, earlier, User.Allows(Policies.ManageDiagnostics)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Create(int? educatorId, int? instrumentId, CancellationToken ct)
    {
        if (educatorId is null)
        {
            TempData.Success("Выберите педагога в списке сотрудников и на его карточке нажмите «Провести диагностику».");
            return Redirect("/staff");
        }

        var educator = await db.Educators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == educatorId, ct);
        if (educator is null)
        {
            return NotFound();
        }

        var workplaces = await ConductDiagnostic.WorkplacesAsync(db, educator.Id, Today, ct);
        var form = new DiagnosticForm
        {
            EducatorId = educator.Id, InstrumentId = instrumentId, Date = Today, OrganizationId = workplaces.FirstOrDefault()?.OrganizationId,
            ConductedBy = User.FindFirst(PortalClaims.FullName)?.Value ?? "",
        };
        return await FormView(form, educator, null, ct);
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Create(DiagnosticForm form, [FromServices] ConductDiagnostic conduct, CancellationToken ct) =>
        await this.AnswerAsync(await conduct.HandleAsync(form, User, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            async () => await FormView(form, await db.Educators.AsNoTracking().FirstAsync(e => e.Id == form.EducatorId, ct), null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var diagnostic = await Load(id).FirstOrDefaultAsync(ct);
        return diagnostic is null ? NotFound() : await FormView(DiagnosticForm.From(diagnostic), diagnostic.Educator!, diagnostic, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Edit(int id, DiagnosticForm form, [FromServices] ReviseDiagnostic revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }), async () =>
        {
            var diagnostic = await Load(id).AsNoTracking().FirstAsync(ct);
            return await FormView(form, diagnostic.Educator!, diagnostic, ct);
        });

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var diagnostic = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        return diagnostic is null ? NotFound() : View(new DeleteDiagnosticModel(diagnostic, await db.Routes.CountAsync(r => r.DiagnosticId == id, ct)));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteDiagnostic delete, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await delete.HandleAsync(id, ct), done => Redirect($"/diagnostics?educatorId={done.Id}"), async () =>
            View("Delete", new DeleteDiagnosticModel(await Load(id).AsNoTracking().FirstAsync(ct), await db.Routes.CountAsync(r => r.DiagnosticId == id, ct))));

    /// <summary>Two diagnostics of one educator side by side: deficits closed, remaining and new.</summary>
    [HttpGet("compare")]
    public async Task<IActionResult> Compare(int first, int second, CancellationToken ct)
    {
        var pair = await db.Diagnostics.AsNoTracking().Where(d => d.Id == first || d.Id == second)
            .Include(d => d.Instrument).Include(d => d.Scores).ThenInclude(s => s.CompetenceArea).Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea)
            .Include(d => d.Educator)
            .ToListAsync(ct);
        if (pair.Count != 2 || pair[0].EducatorId != pair[1].EducatorId)
        {
            return NotFound();
        }

        var ordered = pair.OrderBy(d => d.Date).ThenBy(d => d.Id).ToList();
        await access.PersonAsync(AccessKind.DiagnosticComparison, ordered[0].EducatorId, ordered[0].RegionId,
            $"диагностики № {ordered[0].Id} и № {ordered[1].Id}", ct);
        var change = DeficitRules.Compare([.. ordered[0].Deficits.Select(x => x.CompetenceAreaId)], [.. ordered[1].Deficits.Select(x => x.CompetenceAreaId)]);
        var names = ordered.SelectMany(d => d.Deficits.Select(x => x.CompetenceArea!).Concat(d.Scores.Select(s => s.CompetenceArea!)))
            .DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.Name);
        var others = await db.Diagnostics.AsNoTracking().Where(d => d.EducatorId == ordered[0].EducatorId).OrderByDescending(d => d.Date)
            .Select(d => new { d.Id, d.Date, d.Instrument!.Title }).ToListAsync(ct);
        return View(new CompareModel(ordered[0], ordered[1], change, names, [.. others.Select(d => new Choice(d.Id, $"{Display.Date(d.Date)} — {d.Title}"))]));
    }

    private IQueryable<Diagnostic> Load(int id) => db.Diagnostics.Where(d => d.Id == id)
        .Include(d => d.Educator).Include(d => d.Organization).Include(d => d.Instrument).ThenInclude(i => i!.Areas)
        .Include(d => d.Scores).ThenInclude(s => s.CompetenceArea).Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea)
        .AsSplitQuery();

    private async Task<IActionResult> FormView(DiagnosticForm form, Educator educator, Diagnostic? existing, CancellationToken ct)
    {
        var instruments = await ConductDiagnostic.UsableBy(db, User).AsNoTracking().OrderBy(i => i.Title).ToListAsync(ct);
        var instrument = existing?.Instrument is { } fixedOne
            ? await db.DiagnosticInstruments.AsNoTracking().Include(i => i.Areas).ThenInclude(a => a.CompetenceArea).FirstAsync(i => i.Id == fixedOne.Id, ct)
            : instruments.FirstOrDefault(i => i.Id == form.InstrumentId);
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        var workplaces = await ConductDiagnostic.WorkplacesAsync(db, educator.Id, existing?.Date ?? Today, ct);
        return View("Form", new DiagnosticFormModel(form, educator, existing, instruments, instrument, areas,
            [.. workplaces.Select(w => new Choice(w.OrganizationId, w.Organization!.DisplayName))]));
    }
}

public sealed record DiagnosticListModel(
    DiagnosticFilter Filter, Page<DiagnosticRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Municipalities,
        IReadOnlyList<Choice> Instruments,
    Educator? Educator);

public sealed record DiagnosticCardModel(Diagnostic Diagnostic, IReadOnlyList<Domain.Routes.IndividualRoute> Routes, int? EarlierId, bool CanManage);

public sealed record DiagnosticFormModel(
    DiagnosticForm Form, Educator Educator, Diagnostic? Existing, IReadOnlyList<DiagnosticInstrument> Instruments, DiagnosticInstrument? Instrument,
    IReadOnlyList<Choice> Areas, IReadOnlyList<Choice> Workplaces);

public sealed record DeleteDiagnosticModel(Diagnostic Diagnostic, int Routes);

public sealed record CompareModel(Diagnostic Earlier, Diagnostic Later, DeficitChange Change, IReadOnlyDictionary<int, string> AreaNames,
    IReadOnlyList<Choice> Others);
