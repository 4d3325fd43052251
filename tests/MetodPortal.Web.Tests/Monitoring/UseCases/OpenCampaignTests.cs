using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class OpenCampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Opening_makes_one_form_per_counted_organization_and_a_second_open_is_refused()
    {
        var campaign = await CampaignArrange.CampaignAsync(factory, 2035);
        await using var db = factory.Db();
        var counted = await db.Organizations.CountAsync(o => o.CountsInIndicators && o.RegionId == campaign.RegionId);
        await using var scope = factory.As(await factory.PrincipalAsync(CampaignArrange.Ministry));

        Assert.Equal(Outcome.Done($"Мониторинг за 2035 год открыт: создано форм — {counted}."),
            await scope.Get<OpenCampaign>().HandleAsync(campaign.Id, default));
        Assert.Equal(Outcome.Refused("Мониторинг уже открыт."), await scope.Get<OpenCampaign>().HandleAsync(campaign.Id, default));

        Assert.Equal(counted, await db.MonitoringForms.CountAsync(f => f.CampaignId == campaign.Id));
        Assert.Equal(CampaignStatus.Open, (await CampaignArrange.ReloadAsync(factory, campaign.Id)).Status);
    }
}
