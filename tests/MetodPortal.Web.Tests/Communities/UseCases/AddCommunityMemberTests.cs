using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Routes.UseCases;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class AddCommunityMemberTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_educator_of_the_territory_joins_once_and_again_in_the_same_period_is_invalid()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var form = await CommunityArrange.MemberFormAsync(factory, 6);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        Assert.Equal(Outcome.Done("Участник добавлен."), await scope.Get<AddCommunityMember>().HandleAsync(community.Id, form, default));
        var again = Assert.IsType<Outcome.Invalidity>(await scope.Get<AddCommunityMember>().HandleAsync(community.Id,
            await CommunityArrange.MemberFormAsync(factory, 6), default));

        Assert.Equal("Педагог уже состоит в сообществе в этот период.", Assert.Single(again.Errors.Errors).ErrorMessage);
        Assert.Equal(1, await CommunityArrange.MembersAsync(factory, community.Id));
    }

    [Fact]
    public async Task A_joining_date_before_the_community_started_is_invalid()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var form = await CommunityArrange.MemberFormAsync(factory, 7);
        form.From = new DateOnly(2026, 8, 1);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<AddCommunityMember>().HandleAsync(community.Id, form, default));

        Assert.Equal(nameof(MemberForm.From), Assert.Single(outcome.Errors.Errors).PropertyName);
        Assert.Equal(0, await CommunityArrange.MembersAsync(factory, community.Id));
    }

    [Fact]
    public async Task Joining_a_linked_community_reports_the_item_and_leaving_it_plans_the_item_again()
    {
        var area = await OfferArrange.AreaAsync(factory, "Краеведение");
        var community = await OfferArrange.CommunityAsync(factory, "Клуб краеведов", "МАУ «ЦРО»", SupportLevel.Municipal, area);
        var (id, item) = await OfferArrange.RouteAsync(factory, RouteStatus.InProgress, area);
        await OfferArrange.LinkAsync(factory, item, OfferKind.Community, community);
        var route = await RouteArrange.ReloadAsync(factory, id);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        var form = new MemberForm { OrganizationId = route.OrganizationId, EducatorId = route.EducatorId, From = new DateOnly(2026, 10, 1) };
        Assert.Equal(Outcome.Done("Участник добавлен." + RecordedEvidence.ReportedNote),
            await scope.Get<AddCommunityMember>().HandleAsync(community, form, default));

        var reported = await OfferArrange.ItemAsync(factory, item);
        Assert.Equal((RouteItemStatus.Reported, "Участие в сообществе «Клуб краеведов» с 01.10.2026"), (reported.Status, reported.EvidenceNote));
        await using var remove = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));
        await remove.Get<RemoveMembership>().HandleAsync(community, reported.MembershipId!.Value, default);
        Assert.Equal(RouteItemStatus.Planned, (await OfferArrange.ItemAsync(factory, item)).Status);
    }
}
