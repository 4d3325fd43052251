using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class CompleteRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_running_route_with_every_item_closed_and_one_done_is_completed_today()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Done, RouteItemStatus.Cancelled);
        await using var db = factory.Db();

        var outcome = await new CompleteRoute(db, RouteArrange.Clock).HandleAsync(id, default);

        Assert.IsType<Outcome.Success>(outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.Completed, RouteArrange.Today), (route.Status, route.CompletedOn));
    }

    [Fact]
    public async Task An_open_item_keeps_the_route_running_and_says_how_many_are_left()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Done, RouteItemStatus.Reported);
        await using var db = factory.Db();

        var outcome = await new CompleteRoute(db, RouteArrange.Clock).HandleAsync(id, default);

        Assert.Equal(Outcome.Refused("Не все пункты закрыты: осталось 1. Каждый пункт должен быть выполнен (и подтверждён) или отменён."), outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.InProgress, (DateOnly?)null), (route.Status, route.CompletedOn));
    }
}
