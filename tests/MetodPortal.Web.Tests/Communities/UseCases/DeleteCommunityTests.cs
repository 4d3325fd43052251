using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class DeleteCommunityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_keeper_deletes_it_with_its_members_each_removal_audited()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var member = await CommunityArrange.MemberAsync(factory, community, 5);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        Assert.Equal(Outcome.Done("Сообщество «Районное МО учителей истории» удалено."), await scope.Get<DeleteCommunity>().HandleAsync(community.Id, default));

        await using var db = factory.Db();
        Assert.False(await db.Communities.AnyAsync(c => c.Id == community.Id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "CommunityMembership" && a.EntityId == member.Id.Id()
            && a.Action == Domain.Audit.AuditAction.Deleted));
    }

    [Fact]
    public async Task A_school_admin_may_not_delete_the_centres_community()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<DeleteCommunity>().HandleAsync(community.Id, default));

        await using var db = factory.Db();
        Assert.True(await db.Communities.AnyAsync(c => c.Id == community.Id));
    }
}
