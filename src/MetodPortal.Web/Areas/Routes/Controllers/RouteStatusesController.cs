using MetodPortal.Data;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.Controllers;

/// <summary>Route statuses by municipality, and inside a municipality by organization.</summary>
[Area("Routes")]
[Authorize(Policies.ReadAnalytics)]
public sealed class RouteStatusesController([FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("routes/statuses")]
    public async Task<IActionResult> Index(int? municipalityId, CancellationToken ct) =>
        await ModelAsync(municipalityId, ct) is { } model ? View(model) : NotFound();

    [HttpGet("routes/statuses/export")]
    public async Task<IActionResult> Export(int? municipalityId, CancellationToken ct) =>
        await ModelAsync(municipalityId, ct) is { } model
            ? this.Xlsx($"statusy-iom-{clock.Today():yyyy-MM-dd}.xlsx", [RouteStatuses.Sheet(model.Rows, model.MunicipalityId is not null)])
            : NotFound();

    /// <summary>The municipality asked for (a coordinator's own by default) and its table; null when it is not in the user's scope.</summary>
    private async Task<RouteStatusesModel?> ModelAsync(int? municipalityId, CancellationToken ct)
    {
        municipalityId ??= User.Scope().Level is ScopeLevel.Municipality ? User.Scope().MunicipalityId : null;
        var municipality = municipalityId is { } id ? await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id, ct) : null;
        return municipalityId is not null && municipality is null ? null
            : new RouteStatusesModel(municipality?.Id, municipality?.Name, await RouteStatuses.BuildAsync(db, municipalityId, clock.Today(), ct),
                User.Scope().Level is ScopeLevel.Region or ScopeLevel.Global);
    }
}

public sealed record RouteStatusesModel(int? MunicipalityId, string? MunicipalityName, IReadOnlyList<RouteStatusRow> Rows, bool CanGoUp);
