using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class GenerateRecommendationsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task From_the_registry_the_coordinator_gets_recommendations_and_a_second_run_changes_nothing()
    {
        var campaign = await CampaignArrange.CampaignAsync(factory, 2061, CampaignStatus.Open);
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        var first = Assert.IsType<Outcome.Success>(await scope.Get<GenerateRecommendations>().HandleAsync(campaign.Id, IndicatorSource.Registry, default));
        var second = Assert.IsType<Outcome.Success>(await scope.Get<GenerateRecommendations>().HandleAsync(campaign.Id, IndicatorSource.Registry, default));

        await using var db = factory.Db();
        Assert.True(await db.Recommendations.AnyAsync(r => r.CampaignId == campaign.Id && r.Source == IndicatorSource.Registry));
        Assert.StartsWith("Рекомендации", first.Message);
        Assert.Contains("не изменились", second.Message);
    }

    [Fact]
    public async Task Without_a_source_it_is_refused()
    {
        var campaign = await CampaignArrange.CampaignAsync(factory, 2062, CampaignStatus.Open);
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.Equal(Outcome.Refused(GenerateRecommendations.NoSource), await scope.Get<GenerateRecommendations>().HandleAsync(campaign.Id, null, default));
        Assert.Equal(Outcome.Refused(GenerateRecommendations.NoSource),
            await scope.Get<GenerateRecommendations>().HandleAsync(campaign.Id, (IndicatorSource)99, default));
    }
}
