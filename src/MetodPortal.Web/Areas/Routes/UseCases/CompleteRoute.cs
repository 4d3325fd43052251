using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Completing an ИОМ whose items are all closed (<see cref="Domain.Routes.IndividualRoute.Complete"/>).</summary>
public sealed class CompleteRoute(PortalDbContext db, TimeProvider clock)
{
    public Task<Outcome> HandleAsync(int id, CancellationToken ct) =>
        RouteStep.TakeAsync(db, id, route => route.Complete(clock.Today()),
            "ИОМ завершён. Чтобы увидеть, что изменилось, проведите повторную диагностику и сравните результаты.", ct);
}
