using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.Controllers;

/// <summary>
/// The region's catalogues for diagnostics: competence areas and the registry of diagnostic materials. Everyone who
/// works with diagnostics reads them; ЦНППМ / ИРО methodists keep them.
/// </summary>
[Area("Diagnostics")]
[Authorize(Policies.ReadDiagnostics)]
public sealed class CatalogueController(PortalDbContext db) : Controller
{
    [HttpGet("competence-areas")]
    public async Task<IActionResult> Areas(CancellationToken ct) =>
        View(await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(ct));

    [HttpGet("competence-areas/create")]
    [Authorize(Policies.ManageInstruments)]
    public IActionResult CreateArea() => View("AreaForm", new AreaFormModel(new CompetenceAreaForm { SortOrder = 100 }, null));

    [HttpPost("competence-areas/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateArea(CompetenceAreaForm form, [FromServices] AddCompetenceArea add, CancellationToken ct) =>
        await this.AnswerAsync(await add.HandleAsync(form, User.Scope().RegionId, ct), _ => Redirect("/competence-areas"),
            () => Task.FromResult<IActionResult>(View("AreaForm", new AreaFormModel(form, null))));

    [HttpGet("competence-areas/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditArea(int id, CancellationToken ct)
    {
        var area = await db.CompetenceAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
        return area is null ? NotFound() : View("AreaForm", new AreaFormModel(CompetenceAreaForm.From(area), area));
    }

    [HttpPost("competence-areas/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditArea(int id, CompetenceAreaForm form, [FromServices] ReviseCompetenceArea revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => Redirect("/competence-areas"),
            async () => View("AreaForm", new AreaFormModel(form, await db.CompetenceAreas.AsNoTracking().FirstAsync(a => a.Id == id, ct))));

    [HttpGet("instruments")]
    public async Task<IActionResult> Instruments(string? q, bool all, CancellationToken ct)
    {
        var query = db.DiagnosticInstruments.AsNoTracking().Include(i => i.Areas).ThenInclude(a => a.CompetenceArea).AsQueryable();
        if (!all)
        {
            query = query.Where(i => i.IsActive);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Contains(q);
            query = query.Where(i => EF.Functions.ILike(RussianText.Folded(i.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(i.Provider), pattern, Like.Escape));
        }

        var used = await db.Diagnostics.GroupBy(d => d.InstrumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key,
            g => g.Count, ct);
        return View(new InstrumentListModel(await query.OrderBy(i => i.Title).ToListAsync(ct), used, q, all));
    }

    [HttpGet("instruments/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateInstrument(CancellationToken ct) => await InstrumentView(new InstrumentForm(), null, ct);

    [HttpPost("instruments/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateInstrument(InstrumentForm form, [FromServices] RegisterInstrument register, CancellationToken ct) =>
        await this.AnswerAsync(await register.HandleAsync(form, User.Scope().RegionId, ct), _ => Redirect("/instruments"),
            () => InstrumentView(form, null, ct));

    [HttpGet("instruments/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditInstrument(int id, CancellationToken ct)
    {
        var instrument = await db.DiagnosticInstruments.Include(i => i.Areas).FirstOrDefaultAsync(i => i.Id == id, ct);
        return instrument is null ? NotFound() : await InstrumentView(InstrumentForm.From(instrument), instrument, ct);
    }

    [HttpPost("instruments/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditInstrument(int id, InstrumentForm form, [FromServices] ReviseInstrument revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => Redirect("/instruments"),
            async () => await InstrumentView(form, await db.DiagnosticInstruments.AsNoTracking().Include(i => i.Areas).FirstAsync(i => i.Id == id, ct), ct));

    private async Task<IActionResult> InstrumentView(InstrumentForm form, DiagnosticInstrument? existing, CancellationToken ct)
    {
        var areas = await db.CompetenceAreas.AsNoTracking().Where(a => a.IsActive || form.Areas.Select(x => x.CompetenceAreaId).Contains(a.Id))
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(ct);

        // One row per catalogue area, the instrument's own values where it measures it.
        var rows = areas.Select(a => form.Areas.FirstOrDefault(x => x.CompetenceAreaId == a.Id) ?? new InstrumentAreaForm { CompetenceAreaId = a.Id }).ToList();
        return View("InstrumentForm", new InstrumentFormModel(form, rows, areas.ToDictionary(a => a.Id, a => a.Name), existing));
    }
}

public sealed record AreaFormModel(CompetenceAreaForm Form, CompetenceArea? Existing);

public sealed record InstrumentListModel(IReadOnlyList<DiagnosticInstrument> Instruments, IReadOnlyDictionary<int, int> Used, string? Q, bool All);

public sealed record InstrumentFormModel(InstrumentForm Form, IReadOnlyList<InstrumentAreaForm> Rows, IReadOnlyDictionary<int, string> AreaNames,
    DiagnosticInstrument? Existing);
