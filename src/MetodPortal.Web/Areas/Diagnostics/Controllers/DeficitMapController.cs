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
public sealed class DeficitMapController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("diagnostics/map")]
    public async Task<IActionResult> Index(int? year, int? municipalityId, CancellationToken ct)
    {
        // A municipal user sees their own municipality by organization; others drill down from the region.
        municipalityId ??= User.Scope().Level is ScopeLevel.Municipality or ScopeLevel.Organization ? User.Scope().MunicipalityId : null;
        var municipality = municipalityId is { } id ? await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        if (municipalityId is not null && municipality is null)
        {
            return NotFound();
        }

        var chosenYear = year ?? clock.Today().Year;
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        var rows = await DeficitMap.BuildAsync(db, chosenYear, municipalityId, ct);
        return View(new DeficitMapModel(chosenYear, municipality?.Id, municipality?.Name, areas, rows, User.Scope().Level is ScopeLevel.Region
            or ScopeLevel.Global));
    }
}

public sealed record DeficitMapModel(int Year, int? MunicipalityId, string? MunicipalityName, IReadOnlyList<Choice> Areas,
    IReadOnlyList<DeficitMapRow> Rows, bool CanGoUp);
