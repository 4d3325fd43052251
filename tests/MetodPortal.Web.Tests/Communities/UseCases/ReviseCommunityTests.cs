using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class ReviseCommunityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_keeper_renames_it_and_the_owner_stays()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        var form = CommunityForm.From(community);
        (form.Title, form.OrganizationId) = ("МО историков", (await factory.OrganizationAsync(Seeded.KhvSchool)).Id);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseCommunity>().HandleAsync(community.Id, form, default));

        await using var db = factory.Db();
        var changed = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == community.Id);
        Assert.Equal(("МО историков", community.OrganizationId), (changed.Title, changed.OrganizationId));
    }

    [Fact]
    public async Task With_members_the_level_stays()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        await CommunityArrange.MemberAsync(factory, community, 3);
        var form = CommunityForm.From(community);
        (form.Kind, form.Level) = (CommunityKind.MethodicalSchool, SupportLevel.Institutional);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<ReviseCommunity>().HandleAsync(community.Id, form, default));

        Assert.Equal("В сообществе есть участники: его уровень не меняется.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
    }

    [Fact]
    public async Task A_school_that_sees_it_through_its_member_may_not_change_it()
    {
        var community = await CommunityArrange.CommunityAsync(factory);
        await CommunityArrange.MemberAsync(factory, community, 4);
        var form = CommunityForm.From(community);
        form.Title = "Захвачено";
        await using var scope = factory.As(await factory.PrincipalAsync("school@demo.local"));

        Assert.Equal(Outcome.NotFound, await scope.Get<ReviseCommunity>().HandleAsync(community.Id, form, default));

        await using var db = factory.Db();
        Assert.Equal("Районное МО учителей истории", (await db.Communities.AsNoTracking().SingleAsync(c => c.Id == community.Id)).Title);
    }
}
