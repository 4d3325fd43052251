using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class GrantSiteStatusTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_coordinator_grants_a_municipal_status_but_not_a_regional_one()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var scope = factory.As(await factory.PrincipalAsync(SiteArrange.Coordinator));

        var done = await scope.Get<GrantSiteStatus>().HandleAsync(SiteArrange.Form(school.Id, OrganizationStatusLevel.Municipal), default);
        var regional = Assert.IsType<Outcome.Invalidity>(await scope.Get<GrantSiteStatus>().HandleAsync(SiteArrange.Form(school.Id,
            OrganizationStatusLevel.Regional), default));

        Assert.IsType<Outcome.Success>(done);
        Assert.Equal("Региональный статус присваивает регион: выберите «Муниципальная».", Assert.Single(regional.Errors.Errors).ErrorMessage);
        await using var db = factory.Db();
        Assert.Equal(1, await db.OrganizationStatuses.CountAsync(s => s.OrganizationId == school.Id && s.Theme == "Формирующее оценивание"));
    }

    [Fact]
    public async Task An_organization_out_of_the_coordinators_scope_is_invalid()
    {
        var elsewhere = await factory.OrganizationAsync(Seeded.KmsSchool);
        await using var scope = factory.As(await factory.PrincipalAsync(SiteArrange.Coordinator));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<GrantSiteStatus>().HandleAsync(SiteArrange.Form(elsewhere.Id,
            OrganizationStatusLevel.Municipal), default));

        Assert.Equal("Выберите организацию из списка.", Assert.Single(outcome.Errors.Errors).ErrorMessage);
    }
}
