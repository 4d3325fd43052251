using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class CancelRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancelRoute UseCase(Data.PortalDbContext db) => new(db, new CancelRouteValidator(), RouteArrange.Clock);

    [Fact]
    public async Task An_open_route_is_cancelled_today_with_its_reason()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("ИОМ отменён."), await UseCase(db).HandleAsync(id, new CancelRouteForm { Reason = " Педагог уволился " }, default));
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.Cancelled, RouteArrange.Today, "Педагог уволился"), (route.Status, route.CancelledOn, route.CancelReason));
    }

    [Fact]
    public async Task Without_a_reason_the_form_is_invalid_and_the_route_stays()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(id, new CancelRouteForm { Reason = "  " }, default));
        Assert.Equal("Укажите причину отмены.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal(RouteStatus.Approved, (await RouteArrange.ReloadAsync(factory, id)).Status);
    }

    [Fact]
    public async Task A_completed_route_is_not_cancelled()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Completed, null, RouteItemStatus.Done);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, new CancelRouteForm { Reason = "поздно" }, default));
        Assert.Equal(RouteStatus.Completed, (await RouteArrange.ReloadAsync(factory, id)).Status);
    }
}
