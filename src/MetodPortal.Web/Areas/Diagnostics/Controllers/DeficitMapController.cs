using MetodPortal.Data;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.Controllers;

/// <summary>The deficit map: municipality (or organization) × competence area, the share of diagnosed educators with a deficit.</summary>
[Area("Diagnostics")]
[Authorize(Policies.ReadAnalytics)]
public sealed class DeficitMapController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("diagnostics/map")]
    public async Task<IActionResult> Index(int? year, int? municipalityId, CancellationToken ct) =>
        await ModelAsync(year, municipalityId, ct) is { } model ? View(model) : NotFound();

    /// <summary>The same table in Excel: per territory the educators diagnosed and, per competence area, how many have the deficit and the share.</summary>
    [HttpGet("diagnostics/map/export")]
    public async Task<IActionResult> Export(int? year, int? municipalityId, CancellationToken ct) =>
        await ModelAsync(year, municipalityId, ct) is { } model
            ? this.Xlsx($"karta-deficitov-{model.Year}.xlsx", [DeficitMap.Sheet(model.Rows, model.Areas, model.MunicipalityId is not null)])
            : NotFound();

    /// <summary>The year's map of the municipality asked for (a municipal user's own by default); null when it is not in the user's scope.</summary>
    private async Task<DeficitMapModel?> ModelAsync(int? year, int? municipalityId, CancellationToken ct)
    {
        // A municipal user sees their own municipality by organization; others drill down from the region.
        municipalityId ??= User.Scope().Level is ScopeLevel.Municipality or ScopeLevel.Organization ? User.Scope().MunicipalityId : null;
        var municipality = municipalityId is { } id ? await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        if (municipalityId is not null && municipality is null)
        {
            return null;
        }

        var chosenYear = year ?? clock.Today().Year;
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        return new DeficitMapModel(chosenYear, municipality?.Id, municipality?.Name, areas, await DeficitMap.BuildAsync(db, chosenYear, municipalityId, ct),
            User.Scope().Level is ScopeLevel.Region or ScopeLevel.Global);
    }
}

public sealed record DeficitMapModel(int Year, int? MunicipalityId, string? MunicipalityName, IReadOnlyList<Choice> Areas,
    IReadOnlyList<DeficitMapRow> Rows, bool CanGoUp);
