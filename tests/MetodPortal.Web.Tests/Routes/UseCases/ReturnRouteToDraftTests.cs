using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ReturnRouteToDraftTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_approved_route_with_nothing_done_goes_back_to_draft_and_forgets_its_approval()
    {
        var methodist = await RouteArrange.UserIdAsync(factory, "methodist@demo.local");
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, methodist, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Success>(await new ReturnRouteToDraft(db).HandleAsync(id, default));
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.Draft, (DateOnly?)null, (int?)null), (route.Status, route.ApprovedOn, route.ApprovedByUserId));
    }

    [Fact]
    public async Task A_route_with_an_item_reported_stays_approved()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Reported);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await new ReturnRouteToDraft(db).HandleAsync(id, default));
        Assert.Equal(RouteStatus.Approved, (await RouteArrange.ReloadAsync(factory, id)).Status);
    }
}
