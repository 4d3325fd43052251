using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>The next campaign's dashboard shows beside each indicator the recommendations of the year before and whether the indicator rose.</summary>
public sealed class RecommendationFollowUpTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_indicator_of_2026_shows_the_2025_recommendations_their_answers_and_whether_it_rose()
    {
        int current;
        Dictionary<int, int> given;
        IReadOnlyList<Share> before, now;
        await using (var db = factory.Db())
        {
            var past = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2025);
            var next = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2026);
            current = next.Id;
            given = await db.Recommendations.Where(r => r.CampaignId == past.Id).GroupBy(r => r.Indicator).ToDictionaryAsync(g => g.Key, g => g.Count());
            var first = await db.Recommendations.Where(r => r.CampaignId == past.Id).OrderBy(r => r.Indicator).FirstAsync();
            (first.Answer, first.AnsweredOn, first.AnsweredBy) = ("Проведена диагностика", new DateOnly(2026, 4, 1), "Захаров П. И.");
            await db.SaveChangesAsync();
            before = (await ScopeFigures.LoadAsync(db, past, IndicatorSource.Declared, null, null, default))!.Total.Counts!.Shares();
            now = (await ScopeFigures.LoadAsync(db, next, IndicatorSource.Declared, null, null, default))!.Total.Counts!.Shares();
        }

        Assert.NotEmpty(given);
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var page = await ministry.GetPageAsync($"/monitoring/{current}/dashboard?source=Declared");
        foreach (var passport in Indicators.Passports)
        {
            var n = passport.Number;
            var follow = page.QuerySelector($"#total tr[data-indicator='{n}'] .follow-up");
            var expectedGiven = given.GetValueOrDefault(n);
            if (expectedGiven == 0 && before[n - 1].Percent is null)
            {
                Assert.Null(follow);
                continue;
            }

            Assert.NotNull(follow);
            Assert.Equal(expectedGiven.ToString(System.Globalization.CultureInfo.InvariantCulture), follow.GetAttribute("data-given"));
            var rose = before[n - 1].Percent is { } b && now[n - 1].Percent is { } v ? (v > b).ToString() : "";
            Assert.Equal(rose, follow.GetAttribute("data-rose"));
        }

        var answered = page.QuerySelector($"#total tr[data-indicator='{given.Keys.Min()}'] .follow-up")!.TextContent;
        Assert.Contains("ответов: 1", answered, StringComparison.Ordinal);
    }
}
