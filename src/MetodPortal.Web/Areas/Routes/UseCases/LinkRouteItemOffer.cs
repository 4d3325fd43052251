using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// «Включить в ИОМ»: an item is linked to a ДПП cohort, an event or a community (<see cref="IndividualRoute.LinkItem"/>). Only an offer the
/// card would list for the item is taken (<see cref="SuggestOffers"/>: its area, the period, within reach, a free seat), so a posted id of
/// another municipality's offer is refused like any other that does not fit. Without an offer the item is unlinked.
/// </summary>
public sealed class LinkRouteItemOffer(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, int itemId, OfferKind? kind, int? offerId, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return Outcome.NotFound;
        }

        if (RouteRules.LinkError(route, item) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        RouteOffer? offer = null;
        var done = "Пункт больше не привязан к предложению.";
        if (kind is { } k && offerId is { } oid)
        {
            var found = await SuggestOffers.FindAsync(db, route, item, k, oid, clock.Today(), ct);
            if (found is null)
            {
                return Outcome.Refused("Это предложение не подходит пункту: оно не развивает его компетенцию, выходит за период ИОМ, "
                    + "недоступно педагогу или в нём нет мест.");
            }

            (offer, done) = (new RouteOffer(k, oid, found.EndsOn), $"В ИОМ включено: «{found.Title}».");
        }

        route.LinkItem(item, offer);
        await db.SaveChangesAsync(ct);
        return Outcome.Done(done);
    }
}
