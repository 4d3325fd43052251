using System.Net;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>Targeted recommendations: one per target and indicator under threshold, within the coordinator's scope, editable with a status.</summary>
public sealed class RecommendationTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task ACoordinatorGeneratesOneRecommendationForEachIndicatorUnderThresholdOfTheirMunicipalityAndItsOrganizations()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        MonitoringCampaign campaign;
        HashSet<(int?, int?, int)> expected;
        await using (var db = factory.Db())
        {
            campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2026);
            var inKhv = await db.Organizations.Where(o => o.MunicipalityId == khv.Id).Select(o => o.Id).ToListAsync();
            var rows = await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, default);
            expected =
            [
                .. rows.Where(r => (r.Level == IndicatorLevel.Organization && inKhv.Contains(r.Id!.Value))
                    || (r.Level == IndicatorLevel.Municipality && r.Id == khv.Id))
                    .SelectMany(r => Indicators.Passports.Where(p => RecommendationRules.IsNeeded(r.Counts.Shares()[p.Number - 1],
                        campaign.ThresholdOf(p.Number)))
                        .Select(p => r.Level == IndicatorLevel.Organization ? ((int?)r.Id, (int?)null, p.Number) : ((int?)null, r.Id, p.Number))),
            ];
            Assert.NotEmpty(expected);
            Assert.False(await db.Recommendations.AnyAsync(r => r.CampaignId == campaign.Id));
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/{campaign.Id}/recommendations/generate", ("source", "Registry"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/{campaign.Id}/recommendations/generate", ("source", "Registry"))).StatusCode);
        await using (var db = factory.Db())
        {
            var given = await db.Recommendations.Where(r => r.CampaignId == campaign.Id).ToListAsync();
            Assert.Equal(expected, given.Select(r => (r.OrganizationId, r.MunicipalityId, r.Indicator)).ToHashSet());
            Assert.Equal(expected.Count, given.Count); // the second run added nothing
            Assert.All(given, r => Assert.True(r.Value < r.Threshold));
            Assert.All(given, r => Assert.Contains($"показатель {r.Indicator} «{Indicators.Passports[r.Indicator - 1].Short}»", r.Text,
                StringComparison.Ordinal));
        }

        // The organization's dashboard shows its recommendations.
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var own = expected.Count(e => e.Item1 == school.Id);
        var page = await coordinator.GetPageAsync($"/monitoring/{campaign.Id}/dashboard?source=Registry&organizationId={school.Id}");
        Assert.Equal(own, page.QuerySelectorAll("#recommendations tbody tr").Length);

        // The value column shows the share as the text does (one decimal, «7,7 %», not the stored «7,69»).
        var all = await coordinator.GetPageAsync($"/monitoring/{campaign.Id}/recommendations");
        Assert.NotEmpty(all.QuerySelectorAll("#recommendations tbody tr"));
        Assert.All(all.QuerySelectorAll("#recommendations tbody tr"), row =>
        {
            var value = row.Children[1].TextContent.Split(" / ")[0].Trim();
            Assert.Matches(@"^\d+,\d %$", value);
            Assert.Contains(value, row.QuerySelector(".recommendation-text")!.TextContent, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task TheCoordinatorEditsTextAndStatusOnlyWithinTheirScopeAndAnEmptyTextChangesNothing()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        var kms = await factory.MunicipalityAsync("KMS");
        Recommendation mine, theirs;
        await using (var db = factory.Db())
        {
            var past = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2025);
            var given = await db.Recommendations.Where(r => r.CampaignId == past.Id).ToListAsync();
            var khvOrganizations = await db.Organizations.Where(o => o.MunicipalityId == khv.Id).Select(o => o.Id).ToListAsync();
            var kmsOrganizations = await db.Organizations.Where(o => o.MunicipalityId == kms.Id).Select(o => o.Id).ToListAsync();
            mine = given.First(r => r.OrganizationId is { } o && khvOrganizations.Contains(o));
            theirs = given.First(r => r.MunicipalityId == kms.Id || (r.OrganizationId is { } o && kmsOrganizations.Contains(o)));
        }

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(mine.Text, (await coordinator.GetPageAsync($"/monitoring/recommendations/{mine.Id}/edit")).QuerySelector("textarea#text")!.TextContent);
        Assert.Contains("Укажите текст",
            await (await coordinator.PostAsync($"/monitoring/recommendations/{mine.Id}/edit", ("text", " "),
                ("status", "Done"))).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/recommendations/{mine.Id}/edit", ("text", "Провести диагностику до 1 марта"),
                ("status", "InProgress"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/monitoring/recommendations/{theirs.Id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound,
            (await coordinator.PostAsync($"/monitoring/recommendations/{theirs.Id}/edit", ("text", "чужая"), ("status", "Done"))).StatusCode);

        using (var school = await factory.LoginAsync("school@demo.local"))
        {
            Assert.Equal(HttpStatusCode.Forbidden,
                (await school.PostAsync($"/monitoring/recommendations/{mine.Id}/edit", ("text", "своя"), ("status", "Done"))).StatusCode);
        }

        await using (var db = factory.Db())
        {
            var edited = await db.Recommendations.SingleAsync(r => r.Id == mine.Id);
            Assert.Equal(("Провести диагностику до 1 марта", RecommendationStatus.InProgress), (edited.Text, edited.Status));
            Assert.Equal(theirs.Text, (await db.Recommendations.SingleAsync(r => r.Id == theirs.Id)).Text);
        }

        var list = await coordinator.GetPageAsync($"/monitoring/{mine.CampaignId}/recommendations?status=InProgress");
        Assert.Contains(list.QuerySelectorAll(".recommendation-text"), td => td.TextContent == "Провести диагностику до 1 марта");
    }
}
