using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Communities.UseCases;

public sealed class CreateCommunityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_municipal_methodist_creates_a_community_kept_by_the_citys_centre()
    {
        var owner = await factory.OrganizationAsync(CommunityArrange.Owner);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<CreateCommunity>().HandleAsync(CommunityArrange.Form(owner.Id), default));

        await using var db = factory.Db();
        var community = await db.Communities.AsNoTracking().SingleAsync(c => c.Id == done.Id);
        Assert.Equal(("Районное МО учителей истории", owner.Id, owner.MunicipalityId), (community.Title, community.OrganizationId, community.MunicipalityId));
    }

    [Fact]
    public async Task A_regional_level_for_a_municipal_owner_and_an_owner_out_of_scope_are_invalid()
    {
        var owner = await factory.OrganizationAsync(CommunityArrange.Owner);
        var elsewhere = await factory.OrganizationAsync(Seeded.KmsSchool);
        var regional = CommunityArrange.Form(owner.Id);
        (regional.Kind, regional.Level) = (CommunityKind.MethodicalSchool, SupportLevel.Regional);
        await using var scope = factory.As(await factory.PrincipalAsync(CommunityArrange.Methodist));

        var level = Assert.IsType<Outcome.Invalidity>(await scope.Get<CreateCommunity>().HandleAsync(regional, default));
        var foreign = Assert.IsType<Outcome.Invalidity>(await scope.Get<CreateCommunity>().HandleAsync(CommunityArrange.Form(elsewhere.Id), default));

        Assert.Contains(level.Errors.Errors, e => e.PropertyName == nameof(CommunityForm.OrganizationId) && e.ErrorMessage.StartsWith("Региональный уровень"));
        Assert.Equal("Выберите организацию, которая ведёт сообщество.", Assert.Single(foreign.Errors.Errors).ErrorMessage);
    }
}
