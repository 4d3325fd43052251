using MetodPortal.Data;
using MetodPortal.Web.Areas.Analytics.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Analytics.Controllers;

/// <summary>What works: the share of deficits closed after an item done through each offer, beside those done without one.</summary>
[Area("Analytics")]
[Route("analytics/effect")]
[Authorize(Policies.ReadAnalytics)]
public sealed class EffectController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var territory = await Territory.AskedAsync(db, User, null, municipalityId, organizationId, clock.Today(), ct);
        return territory is null ? NotFound() : View(new EffectModel(territory, await OfferEffect.BuildAsync(db, territory, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), await Workplaces.ChoicesAsync(db, ct)));
    }
}

public sealed record EffectModel(Territory Territory, EffectReport Report, IReadOnlyList<Choice> Municipalities, IReadOnlyList<Choice> Organizations);
