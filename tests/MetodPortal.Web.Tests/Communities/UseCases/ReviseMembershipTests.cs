using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class ReviseMembershipTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_member_becomes_the_leader_and_leaves_on_a_date_and_stays_the_same_person()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var member = await CommunityArrange.MemberAsync(factory, community, 8);
        var form = new MemberForm { EducatorId = int.MaxValue, Role = MemberRole.Leader, From = member.From, To = new DateOnly(2027, 5, 31) };
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        Assert.Equal(Outcome.Done("Участие изменено."), await scope.Get<ReviseMembership>().HandleAsync(community.Id, member.Id, form, default));

        await using var db = factory.Db();
        var changed = await db.CommunityMemberships.AsNoTracking().SingleAsync(m => m.Id == member.Id);
        Assert.Equal((MemberRole.Leader, new DateOnly(2027, 5, 31), member.EducatorId), (changed.Role, changed.To, changed.EducatorId));
    }

    [Fact]
    public async Task A_leaving_date_before_joining_is_invalid()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var member = await CommunityArrange.MemberAsync(factory, community, 9);
        var form = new MemberForm { Role = MemberRole.Member, From = member.From, To = new DateOnly(2026, 9, 1) };
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        Assert.IsType<Outcome.Invalidity>(await scope.Get<ReviseMembership>().HandleAsync(community.Id, member.Id, form, default));
    }
}
