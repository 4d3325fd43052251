using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ConfirmRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ConfirmRouteItem UseCase(Data.PortalDbContext db) => new(db, new ConfirmItemValidator(), RouteArrange.Clock);

    [Fact]
    public async Task The_last_reported_item_confirmed_is_done_today_by_the_tutor_puts_the_route_into_work_and_says_it_may_be_completed()
    {
        var methodist = await RouteArrange.UserIdAsync(factory, "methodist@demo.local");
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, methodist, RouteItemStatus.Reported, RouteItemStatus.Cancelled);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, item, new ConfirmItemForm { Note = " Урок посещён " }, methodist, default);

        Assert.Equal(Outcome.Done("Выполнение подтверждено. Все пункты закрыты — ИОМ можно завершить."), outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        var done = route.Items.Single(i => i.Id == item);
        Assert.Equal((RouteItemStatus.Done, RouteArrange.Today, methodist, "Урок посещён"),
            (done.Status, done.ConfirmedOn, done.ConfirmedByUserId, done.TutorComment));
        Assert.Equal(RouteStatus.InProgress, route.Status);
    }

    [Fact]
    public async Task A_note_over_2000_characters_is_refused_and_nothing_changes()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Reported, RouteItemStatus.Planned);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, item, new ConfirmItemForm { Note = new string('а', 2001) }, null, default);

        Assert.Equal(Outcome.Refused("Текст — не длиннее 2000 символов."), outcome);
        Assert.Equal(RouteItemStatus.Reported, (await RouteArrange.ReloadAsync(factory, id)).Items.Single(i => i.Id == item).Status);
    }
}
