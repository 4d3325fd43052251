using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

public sealed class EditRecommendationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_text_and_status_change_and_an_empty_text_is_invalid()
    {
        var campaign = await CampaignArrange.CampaignAsync(factory, 2063, CampaignStatus.Open);
        await using (var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local")))
        {
            await scope.Get<GenerateRecommendations>().HandleAsync(campaign.Id, IndicatorSource.Registry, default);
        }

        await using var db = factory.Db();
        var recommendation = await db.Recommendations.AsNoTracking().FirstAsync(r => r.CampaignId == campaign.Id);
        var edit = new EditRecommendation(db, new RecommendationFormValidator(), FormArrange.Clock);

        Assert.IsType<Outcome.Invalidity>(await edit.HandleAsync(recommendation.Id,
            new RecommendationForm { Text = "  ", Status = RecommendationStatus.InProgress }, default));
        Assert.Equal(Outcome.Done("Рекомендация сохранена.", campaign.Id),
            await edit.HandleAsync(recommendation.Id,
                new RecommendationForm { Text = " Провести семинар ", Status = RecommendationStatus.InProgress }, default));

        var changed = await db.Recommendations.AsNoTracking().SingleAsync(r => r.Id == recommendation.Id);
        Assert.Equal(("Провести семинар", RecommendationStatus.InProgress), (changed.Text, changed.Status));
    }
}
