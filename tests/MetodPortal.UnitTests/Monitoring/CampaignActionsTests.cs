using MetodPortal.Domain.Monitoring;

namespace MetodPortal.UnitTests.Monitoring;

/// <summary>The campaign page's buttons come from the campaign, and agree with the steps that refuse.</summary>
public sealed class CampaignActionsTests
{
    [Theory]
    [InlineData(CampaignStatus.Preparation, new[] { CampaignAction.Revise, CampaignAction.Open })]
    [InlineData(CampaignStatus.Open, new[] { CampaignAction.Revise, CampaignAction.Close, CampaignAction.ReadForms })]
    [InlineData(CampaignStatus.Closed, new[] { CampaignAction.ReadForms })]
    public void Each_status_offers_its_own_steps(CampaignStatus status, CampaignAction[] offered)
    {
        var campaign = new MonitoringCampaign { Status = status };
        Assert.Equal(offered, Enum.GetValues<CampaignAction>().Where(campaign.Can));
    }

    [Theory]
    [InlineData(CampaignStatus.Preparation)]
    [InlineData(CampaignStatus.Open)]
    [InlineData(CampaignStatus.Closed)]
    public void A_step_is_refused_exactly_when_it_is_not_offered(CampaignStatus status)
    {
        var now = new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
        Assert.Equal(new MonitoringCampaign { Status = status }.Can(CampaignAction.Open), new MonitoringCampaign { Status = status }.Open(now) is null);
        Assert.Equal(new MonitoringCampaign { Status = status }.Can(CampaignAction.Close), new MonitoringCampaign { Status = status }.Close(now) is null);
        Assert.Equal(new MonitoringCampaign { Status = status }.Can(CampaignAction.Revise), new MonitoringCampaign { Status = status }.ReviseError is null);
    }
}
