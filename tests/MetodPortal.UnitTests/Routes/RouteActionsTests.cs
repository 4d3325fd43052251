using MetodPortal.Domain.Routes;

namespace MetodPortal.UnitTests.Routes;

/// <summary>The buttons a route's card offers come from the route itself, and agree with the rules that refuse a step.</summary>
public sealed class RouteActionsTests
{
    private static IndividualRoute Route(RouteStatus status) =>
        new() { Status = status, TutorUserId = 7, PeriodFrom = new(2026, 1, 1), PeriodTo = new(2026, 12, 31) };

    [Theory]
    [InlineData(RouteStatus.Draft, new[] { RouteAction.Edit, RouteAction.Approve, RouteAction.Delete })]
    [InlineData(RouteStatus.Approved, new[] { RouteAction.Start, RouteAction.ReturnToDraft, RouteAction.Complete, RouteAction.Cancel })]
    [InlineData(RouteStatus.InProgress, new[] { RouteAction.Complete, RouteAction.Cancel })]
    [InlineData(RouteStatus.Completed, new RouteAction[0])]
    [InlineData(RouteStatus.Cancelled, new RouteAction[0])]
    public void Each_status_offers_its_own_steps(RouteStatus status, RouteAction[] offered)
    {
        var route = Route(status);
        Assert.Equal(offered, Enum.GetValues<RouteAction>().Where(route.Can));
    }

    [Fact]
    public void An_item_is_reported_and_linked_to_an_offer_when_planned_and_returned_when_reported_in_a_route_under_way()
    {
        var route = Route(RouteStatus.InProgress);
        var planned = route.Add(new RouteItem { Goal = "Цель", Deadline = new(2026, 6, 1) });
        var reported = route.Add(new RouteItem { Goal = "Цель", Deadline = new(2026, 6, 1), Status = RouteItemStatus.Reported });

        IEnumerable<RouteItemAction> Offered(RouteItem item) => Enum.GetValues<RouteItemAction>().Where(a => route.Can(a, item));
        Assert.Equal([RouteItemAction.Report, RouteItemAction.Confirm, RouteItemAction.Cancel, RouteItemAction.Link], Offered(planned));
        Assert.Equal([RouteItemAction.Confirm, RouteItemAction.Return, RouteItemAction.Cancel], Offered(reported));
    }

    [Fact]
    public void A_drafts_item_is_edited_removed_and_linked_and_a_finished_routes_item_nothing()
    {
        var draft = Route(RouteStatus.Draft);
        var item = draft.Add(new RouteItem { Goal = "Цель", Deadline = new(2026, 6, 1) });
        var completed = Route(RouteStatus.Completed);
        var done = completed.Add(new RouteItem { Goal = "Цель", Deadline = new(2026, 6, 1), Status = RouteItemStatus.Done });

        Assert.Equal([RouteItemAction.Edit, RouteItemAction.Remove, RouteItemAction.Link], Enum.GetValues<RouteItemAction>().Where(a => draft.Can(a, item)));
        Assert.All(Enum.GetValues<RouteItemAction>(), a => Assert.False(completed.Can(a, done)));
        Assert.NotNull(RouteRules.LinkError(completed, done));
    }

    [Theory]
    [InlineData(RouteStatus.Draft)]
    [InlineData(RouteStatus.Approved)]
    [InlineData(RouteStatus.Completed)]
    public void Editing_is_offered_exactly_when_the_rules_allow_it(RouteStatus status)
    {
        var route = Route(status);
        Assert.Equal(route.Can(RouteAction.Edit), RouteRules.EditError(route) is null);
        Assert.Equal(route.Can(RouteAction.Start), RouteRules.StartError(route) is null);
        Assert.Equal(route.Can(RouteAction.Delete), RouteRules.DeleteError(route) is null);
    }
}
