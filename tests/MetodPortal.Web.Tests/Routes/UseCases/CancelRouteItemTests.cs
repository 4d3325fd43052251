using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class CancelRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancelRouteItem UseCase(Data.PortalDbContext db) => new(db, new CancelItemValidator());

    [Fact]
    public async Task An_open_item_of_an_approved_route_is_cancelled_with_its_reason()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пункт отменён."), await UseCase(db).HandleAsync(id, item, new CancelItemForm { Note = "Курс не набран" }, default));
        var cancelled = (await RouteArrange.ReloadAsync(factory, id)).Items.Single();
        Assert.Equal((RouteItemStatus.Cancelled, "Курс не набран"), (cancelled.Status, cancelled.TutorComment));
    }

    [Fact]
    public async Task In_a_draft_an_item_is_deleted_not_cancelled_and_that_comes_before_the_missing_reason()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, item, new CancelItemForm(), default);

        Assert.Equal(Outcome.Refused("Отменять пункты можно в утверждённом ИОМ или ИОМ в работе; в черновике пункт просто удаляют."), outcome);
        Assert.Equal(RouteItemStatus.Planned, (await RouteArrange.ReloadAsync(factory, id)).Items.Single().Status);
    }
}
