using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class RemoveMembershipTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_keeper_removes_a_member_and_a_school_admin_may_not()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var first = await CommunityArrange.MemberAsync(factory, community, 10);
        await CommunityArrange.MemberAsync(factory, community, 11);

        await using (var school = factory.As(await factory.PrincipalAsync("school@demo.local")))
        {
            Assert.Equal(Outcome.NotFound, await school.Get<RemoveMembership>().HandleAsync(community.Id, first.Id, default));
        }

        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));
        Assert.Equal(Outcome.Done("Участник исключён из состава."), await scope.Get<RemoveMembership>().HandleAsync(community.Id, first.Id, default));
        Assert.Equal(1, await CommunityArrange.MembersAsync(factory, community.Id));
        Assert.Equal(Outcome.NotFound, await scope.Get<RemoveMembership>().HandleAsync(community.Id, first.Id, default));
    }
}
