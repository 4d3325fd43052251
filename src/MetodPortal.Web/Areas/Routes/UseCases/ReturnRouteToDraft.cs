using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Taking an approved ИОМ with nothing done back to draft (<see cref="Domain.Routes.IndividualRoute.ReturnToDraft"/>).</summary>
public sealed class ReturnRouteToDraft(PortalDbContext db)
{
    public Task<Outcome> HandleAsync(int id, CancellationToken ct) =>
        RouteStep.TakeAsync(db, id, route => route.ReturnToDraft(), "ИОМ возвращён в черновик: его можно изменить и утвердить снова.", ct);
}
