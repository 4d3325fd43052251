using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

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
}
