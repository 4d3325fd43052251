using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Starting an approved ИОМ (<see cref="Domain.Routes.IndividualRoute.Start"/>).</summary>
public sealed class StartRoute(PortalDbContext db)
{
    public Task<Outcome> HandleAsync(int id, CancellationToken ct) => RouteStep.TakeAsync(db, id, route => route.Start(), "ИОМ в работе.", ct);
}
