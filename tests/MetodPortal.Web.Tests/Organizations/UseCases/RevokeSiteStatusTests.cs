using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class RevokeSiteStatusTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_regional_status_is_the_regions_to_delete()
    {
        var regional = await SiteArrange.StatusAsync(factory, OrganizationStatusLevel.Regional);

        await using (var coordinator = factory.As(await factory.PrincipalAsync(SiteArrange.Coordinator)))
        {
            Assert.IsType<Outcome.Refusal>(await coordinator.Get<RevokeSiteStatus>().HandleAsync(regional.Id, default));
        }

        Assert.NotNull(await SiteArrange.ReloadAsync(factory, regional.Id));
        await using var ministry = factory.As(await factory.PrincipalAsync(SiteArrange.Ministry));
        Assert.Equal(Outcome.Done("Статус удалён."), await ministry.Get<RevokeSiteStatus>().HandleAsync(regional.Id, default));
        Assert.Null(await SiteArrange.ReloadAsync(factory, regional.Id));
    }
}
