using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class CloseCampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_open_campaign_closes_and_one_in_preparation_is_refused()
    {
        var open = await CampaignArrange.CampaignAsync(factory, 2036, CampaignStatus.Open);
        var preparing = await CampaignArrange.CampaignAsync(factory, 2037);
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        Assert.Equal(Outcome.Done("Мониторинг за 2036 год закрыт: формы доступны только для чтения."),
            await scope.Get<CloseCampaign>().HandleAsync(open.Id, default));
        Assert.IsType<Outcome.Refusal>(await scope.Get<CloseCampaign>().HandleAsync(preparing.Id, default));

        Assert.Equal((CampaignStatus.Closed, CampaignStatus.Preparation),
            ((await CampaignArrange.ReloadAsync(factory, open.Id)).Status, (await CampaignArrange.ReloadAsync(factory, preparing.Id)).Status));
    }
}
