using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ReviseRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ReviseRouteItem UseCase(Data.PortalDbContext db) => new(db, new RouteItemValidator(db));

    [Fact]
    public async Task A_drafts_item_gets_its_new_goal_and_deadline()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пункт изменён."), await UseCase(db).HandleAsync(id, item, AddRouteItemTests.Form(new DateOnly(2027, 4, 15)), default));

        var changed = (await RouteArrange.ReloadAsync(factory, id)).Items.Single();
        Assert.Equal(("Провести открытый урок", new DateOnly(2027, 4, 15)), (changed.Goal, changed.Deadline));
    }

    [Fact]
    public async Task An_item_without_a_goal_is_invalid_and_stays()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        var form = AddRouteItemTests.Form(new DateOnly(2027, 4, 15));
        form.Goal = " ";
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(id, item, form, default));
        Assert.Equal("Сформулируйте цель пункта.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Equal("Цель 1", (await RouteArrange.ReloadAsync(factory, id)).Items.Single().Goal);
    }

    [Fact]
    public async Task An_item_of_another_route_is_not_found()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var other = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, other))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.NotFound, await UseCase(db).HandleAsync(id, item, AddRouteItemTests.Form(new DateOnly(2027, 4, 15)), default));
    }
}
