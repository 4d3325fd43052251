using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class StartRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_approved_route_goes_into_work()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("ИОМ в работе."), await new StartRoute(db).HandleAsync(id, default));
        Assert.Equal(RouteStatus.InProgress, (await RouteArrange.ReloadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task A_draft_is_not_started()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused("Начать выполнение можно только утверждённого ИОМ."), await new StartRoute(db).HandleAsync(id, default));
        Assert.Equal(RouteStatus.Draft, (await RouteArrange.ReloadAsync(factory, id)).Status);
    }
}
