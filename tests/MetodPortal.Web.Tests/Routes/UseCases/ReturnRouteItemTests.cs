using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ReturnRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static ReturnRouteItem UseCase(Data.PortalDbContext db) => new(db, new ReturnItemValidator());

    [Fact]
    public async Task A_reported_item_goes_back_to_planned_with_what_to_finish()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, RouteItemStatus.Reported);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Пункт возвращён педагогу на доработку."),
            await UseCase(db).HandleAsync(id, item, new ReturnItemForm { Note = "Приложите конспект урока" }, default));
        var returned = (await RouteArrange.ReloadAsync(factory, id)).Items.Single();
        Assert.Equal((RouteItemStatus.Planned, "Приложите конспект урока", (DateOnly?)null), (returned.Status, returned.TutorComment, returned.ReportedOn));
    }

    [Theory]
    [InlineData(RouteItemStatus.Reported, "", "Напишите педагогу, что нужно доделать.")]
    [InlineData(RouteItemStatus.Planned, "Доделать", "Вернуть можно только пункт, отмеченный педагогом.")]
    public async Task Without_a_comment_or_for_an_item_not_reported_it_is_refused(RouteItemStatus status, string note, string reason)
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.InProgress, null, status);
        var item = (await RouteArrange.ItemIdsAsync(factory, id))[0];
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused(reason), await UseCase(db).HandleAsync(id, item, new ReturnItemForm { Note = note }, default));
        Assert.Equal(status, (await RouteArrange.ReloadAsync(factory, id)).Items.Single().Status);
    }
}
