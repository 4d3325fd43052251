using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class DeleteRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_draft_is_deleted_with_its_items_and_the_educator_is_where_the_user_goes_next()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned, RouteItemStatus.Planned);
        var educator = (await RouteArrange.ReloadAsync(factory, id)).EducatorId;
        await using var db = factory.Db();

        Assert.Equal(Outcome.Done("Черновик ИОМ удалён.", educator), await new DeleteRoute(db).HandleAsync(id, default));
        Assert.False(await db.Routes.AnyAsync(r => r.Id == id));
        Assert.False(await db.RouteItems.AnyAsync(i => i.RouteId == id));
    }

    [Fact]
    public async Task An_approved_route_is_refused_and_stays()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused("Удалить можно только черновик. Утверждённый ИОМ отменяют с указанием причины."),
            await new DeleteRoute(db).HandleAsync(id, default));
        Assert.True(await db.Routes.AnyAsync(r => r.Id == id));
    }
}
