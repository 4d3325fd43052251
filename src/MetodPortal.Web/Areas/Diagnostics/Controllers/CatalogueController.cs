using FluentValidation;
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
public sealed class CatalogueController(PortalDbContext db, IValidator<CompetenceAreaForm> areaValidator, IValidator<InstrumentForm> instrumentValidator) : Controller
{
    [HttpGet("competence-areas")]
    public async Task<IActionResult> Areas(CancellationToken ct) =>
        View(await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).ToListAsync(ct));

    [HttpGet("competence-areas/create")]
    [Authorize(Policies.ManageInstruments)]
    public IActionResult CreateArea() => View("AreaForm", new AreaFormModel(new CompetenceAreaForm { SortOrder = 100 }, null));

    [HttpPost("competence-areas/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateArea(CompetenceAreaForm form, CancellationToken ct)
    {
        var regionId = User.Scope().RegionId;
        if (regionId is null)
        {
            return NotFound();
        }

        await ValidateAreaAsync(form, regionId.Value, null, ct);
        if (!ModelState.IsValid)
        {
            return View("AreaForm", new AreaFormModel(form, null));
        }

        var area = new CompetenceArea { RegionId = regionId.Value };
        form.ApplyTo(area);
        db.CompetenceAreas.Add(area);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Компетенция «{area.Name}» добавлена в справочник.");
        return Redirect("/competence-areas");
    }

    [HttpGet("competence-areas/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditArea(int id, CancellationToken ct)
    {
        var area = await db.CompetenceAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
        return area is null ? NotFound() : View("AreaForm", new AreaFormModel(CompetenceAreaForm.From(area), area));
    }

    [HttpPost("competence-areas/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditArea(int id, CompetenceAreaForm form, CancellationToken ct)
    {
        var area = await db.CompetenceAreas.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (area is null)
        {
            return NotFound();
        }

        await ValidateAreaAsync(form, area.RegionId, id, ct);
        if (!ModelState.IsValid)
        {
            return View("AreaForm", new AreaFormModel(form, area));
        }

        form.ApplyTo(area);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return Redirect("/competence-areas");
    }

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
            query = query.Where(i => EF.Functions.ILike(RussianText.Folded(i.Title), pattern, Like.Escape) || EF.Functions.ILike(RussianText.Folded(i.Provider), pattern, Like.Escape));
        }

        var used = await db.Diagnostics.GroupBy(d => d.InstrumentId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return View(new InstrumentListModel(await query.OrderBy(i => i.Title).ToListAsync(ct), used, q, all));
    }

    [HttpGet("instruments/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateInstrument(CancellationToken ct) => await InstrumentView(new InstrumentForm(), null, ct);

    [HttpPost("instruments/create")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> CreateInstrument(InstrumentForm form, CancellationToken ct)
    {
        var regionId = User.Scope().RegionId;
        if (regionId is null)
        {
            return NotFound();
        }

        await ValidateInstrumentAsync(form, regionId.Value, null, ct);
        if (!ModelState.IsValid)
        {
            return await InstrumentView(form, null, ct);
        }

        var instrument = new DiagnosticInstrument { RegionId = regionId.Value };
        Apply(form, instrument, []);
        db.DiagnosticInstruments.Add(instrument);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Диагностический материал «{instrument.Title}» добавлен в реестр.");
        return Redirect("/instruments");
    }

    [HttpGet("instruments/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditInstrument(int id, CancellationToken ct)
    {
        var instrument = await db.DiagnosticInstruments.Include(i => i.Areas).FirstOrDefaultAsync(i => i.Id == id, ct);
        return instrument is null ? NotFound() : await InstrumentView(InstrumentForm.From(instrument), instrument, ct);
    }

    [HttpPost("instruments/{id:int}/edit")]
    [Authorize(Policies.ManageInstruments)]
    public async Task<IActionResult> EditInstrument(int id, InstrumentForm form, CancellationToken ct)
    {
        var instrument = await db.DiagnosticInstruments.Include(i => i.Areas).FirstOrDefaultAsync(i => i.Id == id, ct);
        if (instrument is null)
        {
            return NotFound();
        }

        await ValidateInstrumentAsync(form, instrument.RegionId, id, ct);

        // Diagnostics already hold scores for an area: it stays measured (thresholds may change; past deficits stay as recorded).
        var scored = await db.DiagnosticScores.Where(s => db.Diagnostics.Any(d => d.Id == s.DiagnosticId && d.InstrumentId == id))
            .Select(s => s.CompetenceAreaId).Distinct().ToListAsync(ct);
        var dropped = scored.Except(form.Chosen.Select(a => a.CompetenceAreaId)).ToList();
        if (dropped.Count > 0)
        {
            var names = await db.CompetenceAreas.Where(a => dropped.Contains(a.Id)).Select(a => a.Name).ToListAsync(ct);
            ModelState.AddModelError(nameof(form.Areas), $"По материалу уже есть диагностики с баллами по компетенциям: {string.Join(", ", names)}. Их нельзя убрать из материала.");
        }

        if (!ModelState.IsValid)
        {
            return await InstrumentView(form, instrument, ct);
        }

        Apply(form, instrument, instrument.Areas);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены. Дефициты уже проведённых диагностик не пересчитываются.");
        return Redirect("/instruments");
    }

    private static void Apply(InstrumentForm form, DiagnosticInstrument instrument, List<InstrumentArea> existing)
    {
        (instrument.Title, instrument.Provider, instrument.Kind, instrument.Usage, instrument.Description, instrument.IsActive) =
            (form.Title.Trim(), form.Provider.Trim(), form.Kind!.Value, form.Usage, FormText.OrNull(form.Description), form.IsActive);
        var chosen = form.Chosen.ToList();
        existing.RemoveAll(a => chosen.All(c => c.CompetenceAreaId != a.CompetenceAreaId));
        for (var i = 0; i < chosen.Count; i++)
        {
            var area = instrument.Areas.FirstOrDefault(a => a.CompetenceAreaId == chosen[i].CompetenceAreaId);
            if (area is null)
            {
                area = new InstrumentArea { RegionId = instrument.RegionId, CompetenceAreaId = chosen[i].CompetenceAreaId };
                instrument.Areas.Add(area);
            }

            (area.MaxScore, area.Threshold, area.SortOrder) = (Display.ParseNumber(chosen[i].MaxScore)!.Value, Display.ParseNumber(chosen[i].Threshold)!.Value, i);
        }
    }

    private async Task ValidateAreaAsync(CompetenceAreaForm form, int regionId, int? id, CancellationToken ct)
    {
        (await areaValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var name = form.Name.Trim();
        if (ModelState.IsValid && await db.CompetenceAreas.AnyAsync(a => a.RegionId == regionId && a.Name == name && a.Id != id, ct))
        {
            ModelState.AddModelError(nameof(form.Name), "Компетенция с таким названием уже есть в справочнике.");
        }
    }

    private async Task ValidateInstrumentAsync(InstrumentForm form, int regionId, int? id, CancellationToken ct)
    {
        (await instrumentValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var title = form.Title.Trim();
        if (title.Length > 0 && await db.DiagnosticInstruments.AnyAsync(i => i.RegionId == regionId && i.Title == title && i.Id != id, ct))
        {
            ModelState.AddModelError(nameof(form.Title), "Материал с таким названием уже есть в реестре.");
        }

        // Areas are ids posted by the browser: each must be an area of this region's catalogue.
        var ids = form.Chosen.Select(a => a.CompetenceAreaId).ToList();
        if (await db.CompetenceAreas.CountAsync(a => ids.Contains(a.Id) && a.RegionId == regionId, ct) != ids.Distinct().Count())
        {
            ModelState.AddModelError(nameof(form.Areas), "Выберите компетенции из справочника.");
        }
    }

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

public sealed record InstrumentFormModel(InstrumentForm Form, IReadOnlyList<InstrumentAreaForm> Rows, IReadOnlyDictionary<int, string> AreaNames, DiagnosticInstrument? Existing);
