using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Routes.UseCases;

public sealed class AddRouteItemTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static AddRouteItem UseCase(Data.PortalDbContext db) => new(db, new RouteItemValidator(db));

    [Fact]
    public async Task A_draft_gets_the_item_at_the_end_with_the_routes_keys()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        var outcome = await UseCase(db).HandleAsync(id, Form(new DateOnly(2027, 5, 1)), default);

        Assert.Equal(Outcome.Done("Пункт добавлен."), outcome);
        var route = await RouteArrange.ReloadAsync(factory, id);
        var added = route.Items.MaxBy(i => i.SortOrder)!;
        Assert.Equal((2, "Провести открытый урок", ActivityForm.MethodicalEvent, route.OrganizationId, route.EducatorId),
            (route.Items.Count, added.Goal, added.Form, added.OrganizationId, added.EducatorId));
    }

    [Fact]
    public async Task A_deadline_outside_the_period_is_invalid_and_says_the_period()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Draft, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        var outcome = Assert.IsType<Outcome.Invalidity>(await UseCase(db).HandleAsync(id, Form(new DateOnly(2027, 7, 1)), default));

        Assert.Equal("Срок — в пределах периода ИОМ (01.09.2026 — 30.06.2027).", Assert.Single(outcome.Errors.Errors).ErrorMessage);
        Assert.Single((await RouteArrange.ReloadAsync(factory, id)).Items);
    }

    [Fact]
    public async Task An_approved_route_gets_no_item()
    {
        var id = await RouteArrange.RouteAsync(factory, RouteStatus.Approved, null, RouteItemStatus.Planned);
        await using var db = factory.Db();

        Assert.IsType<Outcome.Refusal>(await UseCase(db).HandleAsync(id, Form(new DateOnly(2027, 5, 1)), default));
        Assert.Single((await RouteArrange.ReloadAsync(factory, id)).Items);
    }

    internal static RouteItemForm Form(DateOnly deadline) => new() { Goal = " Провести открытый урок ", Activity = ActivityForm.MethodicalEvent,
        Deadline = deadline };
}
