using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Removing an item from a draft ИОМ (<see cref="IndividualRoute.RemoveItem"/>); an approved route's items are cancelled instead.</summary>
public sealed class RemoveRouteItem(PortalDbContext db)
{
    public Task<Outcome> HandleAsync(int id, int itemId, CancellationToken ct) =>
        RouteStep.TakeAsync(db, id, itemId, (route, item) => route.RemoveItem(item), _ => "Пункт удалён.", ct);
}
