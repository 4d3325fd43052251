using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Organizations.UseCases;

public sealed class ReviseSiteStatusTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_coordinator_ends_a_municipal_status_and_may_not_touch_a_regional_one()
    {
        var municipal = await SiteArrange.StatusAsync(factory, OrganizationStatusLevel.Municipal);
        var regional = await SiteArrange.StatusAsync(factory, OrganizationStatusLevel.Regional);
        var form = SiteForm.From(municipal);
        form.ValidTo = new DateOnly(2027, 8, 31);
        await using var scope = factory.As(await factory.PrincipalAsync(SiteArrange.Coordinator));

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseSiteStatus>().HandleAsync(municipal.Id, form, default));
        Assert.IsType<Outcome.Refusal>(await scope.Get<ReviseSiteStatus>().HandleAsync(regional.Id, SiteForm.From(regional), default));

        Assert.Equal(new DateOnly(2027, 8, 31), (await SiteArrange.ReloadAsync(factory, municipal.Id))!.ValidTo);
    }
}
