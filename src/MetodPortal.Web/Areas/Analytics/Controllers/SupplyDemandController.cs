using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Areas.Analytics.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Analytics.Controllers;

/// <summary>Demand against supply per competence area, for planning ДПП: the table, the people and offers behind an area, the Excel file.</summary>
[Area("Analytics")]
[Route("analytics/supply-demand")]
[Authorize(Policies.ReadAnalytics)]
public sealed class SupplyDemandController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, AccessLog access, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var territory = await TerritoryAsync(year, municipalityId, organizationId, ct);
        return territory is null ? NotFound() : View(new SupplyDemandModel(territory, await SupplyAndDemand.BuildAsync(db, territory, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), await Workplaces.ChoicesAsync(db, ct)));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export(int? year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var territory = await TerritoryAsync(year, municipalityId, organizationId, ct);
        if (territory is null)
        {
            return NotFound();
        }

        var rows = await SupplyAndDemand.BuildAsync(db, territory, ct);
        return this.Xlsx($"spros-i-predlozhenie-{territory.Year}.xlsx", "Спрос и предложение", SupplyDemandSheet.Columns,
            rows.Select(SupplyDemandSheet.Row));
    }

    [HttpGet("areas/{areaId:int}")]
    public async Task<IActionResult> Area(int areaId, int? year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var territory = await TerritoryAsync(year, municipalityId, organizationId, ct);
        var area = await db.CompetenceAreas.AsNoTracking().FirstOrDefaultAsync(a => a.Id == areaId, ct);
        if (territory is null || area is null)
        {
            return NotFound();
        }

        var details = await SupplyDemandDetails.BuildAsync(db, territory, areaId, ct);
        await access.ListAsync(AccessKind.SupplyDemandPeople, ct);
        return View(new SupplyDemandAreaModel(territory, area.Name, details));
    }

    private Task<Territory?> TerritoryAsync(int? year, int? municipalityId, int? organizationId, CancellationToken ct) =>
        Territory.AskedAsync(db, User, year, municipalityId, organizationId, clock.Today(), ct);
}

public sealed record SupplyDemandModel(Territory Territory, IReadOnlyList<SupplyDemandRow> Rows, IReadOnlyList<Choice> Municipalities,
    IReadOnlyList<Choice> Organizations)
{
    public string Query() => Territory.Query();
}

public sealed record SupplyDemandAreaModel(Territory Territory, string Area, SupplyDemandDetails Details);
