using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// One step of an ИОМ's lifecycle, as its use cases (<see cref="ApproveRoute"/>, <see cref="StartRoute"/>,
/// <see cref="CompleteRoute"/>, <see cref="ReturnRouteToDraft"/>; on an item <see cref="ConfirmRouteItem"/>,
/// <see cref="ReturnRouteItem"/>, <see cref="CancelRouteItem"/>) take it: the route loaded through the scoped context
/// (another scope's is not found), the entity's own step, one save.
/// </summary>
public static class RouteStep
{
    /// <summary>The route with its items, through the scoped context: null when it is not there or not in the user's scope.</summary>
    public static Task<IndividualRoute?> LoadAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.Routes.Include(r => r.Items).FirstOrDefaultAsync(r => r.Id == id, ct);

    public static async Task<Outcome> TakeAsync(PortalDbContext db, int id, Func<IndividualRoute, string?> step, string done, CancellationToken ct)
    {
        var route = await LoadAsync(db, id, ct);
        if (route is null)
        {
            return Outcome.NotFound;
        }

        if (step(route) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(done);
    }

    /// <summary>A step on one item of the route; <paramref name="done"/> may look at the route after it.</summary>
    public static async Task<Outcome> TakeAsync(
        PortalDbContext db, int id, int itemId, Func<IndividualRoute, RouteItem, string?> step, Func<IndividualRoute, string> done, CancellationToken ct)
    {
        var route = await LoadAsync(db, id, ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return Outcome.NotFound;
        }

        if (step(route, item) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done(done(route));
    }
}
