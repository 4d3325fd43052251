using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Approving an ИОМ (<see cref="Domain.Routes.IndividualRoute.Approve"/>): the educator then sees it under «Мои ИОМ».</summary>
public sealed class ApproveRoute(PortalDbContext db, TimeProvider clock)
{
    /// <param name="userId">Who approves: recorded on the route.</param>
    public Task<Outcome> HandleAsync(int id, int? userId, CancellationToken ct) =>
        RouteStep.TakeAsync(db, id, route => route.Approve(clock.Today(), userId), "ИОМ утверждён. Педагог видит его в разделе «Мои ИОМ».", ct);
}
