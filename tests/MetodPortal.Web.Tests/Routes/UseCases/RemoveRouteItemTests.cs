using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class RemoveRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_drafts_item_is_removed_and_the_others_stay()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned, RouteItemStatus.Planned);
        var items = await RouteArrange.ItemIdsAsync(factory, id);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пункт удалён."), await new RemoveRouteItem(db).HandleAsync(id, items[0], default));
        Assert.Equal([items[1]], await RouteArrange.ItemIdsAsync(factory, id));
    }

    [Fact]
    public async Task An_approved_routes_item_is_refused_it_is_cancelled_instead()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        var items = await RouteArrange.ItemIdsAsync(factory, id);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await new RemoveRouteItem(db).HandleAsync(id, items[0], default));
        Assert.Equal(items, await RouteArrange.ItemIdsAsync(factory, id));
    }
}
