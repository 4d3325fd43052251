using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>Deleting a draft ИОМ (<see cref="RouteRules.DeleteError"/>: an approved one is cancelled instead, and stays in the history).</summary>
public sealed class DeleteRoute(PortalDbContext db)
{
    /// <returns>Done with the educator's id: their routes are where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        if (route is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.DeleteError(route) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        db.Routes.Remove(route);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Черновик ИОМ удалён.", route.EducatorId);
    }
}
