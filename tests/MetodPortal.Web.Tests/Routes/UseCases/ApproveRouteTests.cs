using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class ApproveRouteTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(true, "ИОМ утверждён. Педагог видит его в разделе «Мои ИОМ».")]
    [InlineData(false, "ИОМ утверждён. У педагога нет учётной записи портала: передайте ему ИОМ в PDF.")]
    public async Task A_draft_with_items_and_a_tutor_is_approved_today_by_the_user_and_the_message_says_how_the_educator_gets_it(
        bool withAccount, string message)
    {
        var methodist = await RouteArrange.UserIdAsync(factory, "methodist@demo.local");
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, methodist, withAccount, RouteItemStatus.Planned);
        await using var db = factory.Db();

        var outcome = await new ApproveRoute(db, RouteArrange.Clock).HandleAsync(id, methodist, default);

        Assert.Equal(Outcome.Done(message), outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.Approved, RouteArrange.Today, methodist), (route.Status, route.ApprovedOn, route.ApprovedByUserId));
    }

    [Theory]
    [InlineData(true, false, "Пустой ИОМ нельзя утвердить: добавьте хотя бы один пункт.")]
    [InlineData(false, true, "Назначьте тьютора: без него ИОМ нельзя утвердить.")]
    public async Task A_draft_without_items_or_a_tutor_is_refused_and_stays_a_draft(bool withTutor, bool withItems, string reason)
    {
        var methodist = await RouteArrange.UserIdAsync(factory, "methodist@demo.local");
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, withTutor ? methodist : null, withItems ? [RouteItemStatus.Planned] : []);
        await using var db = factory.Db();

        Assert.Equal(Outcome.Refused(reason), await new ApproveRoute(db, RouteArrange.Clock).HandleAsync(id, methodist, default));
        var route = await RouteArrange.ReloadAsync(factory, id);
        Assert.Equal((RouteStatus.Draft, (DateOnly?)null), (route.Status, route.ApprovedOn));
    }

    [Fact]
    public async Task A_route_that_is_not_there_is_not_found()
    {
        await using var db = factory.Db();
        Assert.Equal(Outcome.NotFound, await new ApproveRoute(db, RouteArrange.Clock).HandleAsync(int.MaxValue, null, default));
    }
}
