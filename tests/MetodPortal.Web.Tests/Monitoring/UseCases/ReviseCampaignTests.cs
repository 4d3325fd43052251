using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class ReviseCampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_threshold_changes_the_year_stays_and_a_closed_campaign_is_refused()
    {
        var open = await CampaignArrange.CampaignAsync(factory, 2033, CampaignStatus.Open);
        var closed = await CampaignArrange.CampaignAsync(factory, 2034, CampaignStatus.Closed);
        var form = CampaignArrange.Form(2033);
        (form.Year, form.Thresholds[0]) = (2099, "7,5");
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        Assert.Equal(Outcome.Done("Изменения сохранены."), await scope.Get<ReviseCampaign>().HandleAsync(open.Id, form, default));
        Assert.Equal(Outcome.Refused("Закрытый мониторинг не изменяется."),
            await scope.Get<ReviseCampaign>().HandleAsync(closed.Id, CampaignArrange.Form(2034), default));

        var changed = await CampaignArrange.ReloadAsync(factory, open.Id);
        Assert.Equal((2033, 7.5m), (changed.Year, changed.ThresholdOf(1)));
    }
}
