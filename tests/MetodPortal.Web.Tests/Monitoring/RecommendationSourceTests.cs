using System.Net;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>
/// A recommendation remembers which figures gave it; generating again from one source replaces only that source's
/// untouched recommendations in the user's scope, and leaves edited ones, the other source's and other scopes' alone.
/// </summary>
public sealed class RecommendationSourceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Snapshot(int Id, IndicatorSource Source, int Indicator, int? OrganizationId, int? MunicipalityId, string Text,
        decimal Value, RecommendationStatus Status);

    [Fact]
    public async Task Regenerating_from_the_accepted_forms_replaces_their_untouched_recommendations_and_nothing_else()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        int campaignId;
        List<int> inKhv;
        await using (var db = factory.Db())
        {
            campaignId = (await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2025)).Id;
            inKhv = await db.Organizations.Where(o => o.MunicipalityId == khv.Id).Select(o => o.Id).ToListAsync();
        }

        bool InKhv(Snapshot r) => r.MunicipalityId == khv.Id || (r.OrganizationId is { } o && inKhv.Contains(o));
        async Task<List<Snapshot>> SnapshotAsync()
        {
            await using var db = factory.Db();
            return await db.Recommendations.Where(r => r.CampaignId == campaignId).OrderBy(r => r.Id)
                .Select(r => new Snapshot(r.Id, r.Source, r.Indicator, r.OrganizationId, r.MunicipalityId, r.Text, r.Value, r.Status)).ToListAsync();
        }

        // The seeded 2025 recommendations came from the accepted forms; some are under way or done.
        var seeded = await SnapshotAsync();
        Assert.All(seeded, r => Assert.Equal(IndicatorSource.Declared, r.Source));
        Assert.Contains(seeded, r => InKhv(r) && r.Status != RecommendationStatus.New);

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.Redirect,
            (await coordinator.PostAsync($"/monitoring/{campaignId}/recommendations/generate", ("source", "Registry"))).StatusCode);
        var withRegistry = await SnapshotAsync();
        var registry = withRegistry.Where(r => r.Source == IndicatorSource.Registry).ToList();
        Assert.NotEmpty(registry);
        Assert.All(registry, r => Assert.True(InKhv(r)));
        Assert.Equal(seeded, withRegistry.Where(r => r.Source == IndicatorSource.Declared)); // the forms' recommendations kept as they were

        // Since then: indicator k reached its (lowered) threshold everywhere, and one untouched recommendation's text went stale.
        var untouched = seeded.Where(r => InKhv(r) && r.Status == RecommendationStatus.New).ToList();
        var k = untouched.GroupBy(r => r.Indicator).OrderByDescending(g => g.Count()).First().Key;
        var stale = untouched.First(r => r.Indicator != k);
        await using (var db = factory.Db())
        {
            var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Id == campaignId);
            campaign.Thresholds = [.. campaign.Thresholds.Select((t, i) => i == k - 1 ? 0m : t)];
            (await db.Recommendations.SingleAsync(r => r.Id == stale.Id)).Text = "устаревший текст";
            await db.SaveChangesAsync();
        }

        var result = await coordinator.PostAsync($"/monitoring/{campaignId}/recommendations/generate", ("source", "Declared"));
        Assert.Equal(HttpStatusCode.Redirect, result.StatusCode);
        var after = await SnapshotAsync();

        // The registry's and other municipalities' recommendations are exactly as they were, indicator k included.
        Assert.Equal(registry, after.Where(r => r.Source == IndicatorSource.Registry));
        Assert.Contains(registry, r => r.Indicator == k);
        Assert.Equal(seeded.Where(r => !InKhv(r)), after.Where(r => !InKhv(r)));

        // Edited or taken into work: kept even where the threshold is now met.
        Assert.All(seeded.Where(r => InKhv(r) && r.Status != RecommendationStatus.New), r => Assert.Contains(r, after));

        // Untouched: removed where indicator k now meets its threshold, brought up to date where it does not.
        var declared = after.Where(r => InKhv(r) && r.Source == IndicatorSource.Declared).ToList();
        Assert.DoesNotContain(declared, r => r.Indicator == k && r.Status == RecommendationStatus.New);
        var refreshed = Assert.Single(declared, r => r.Id == stale.Id);
        Assert.Equal(stale.Text, refreshed.Text);
        Assert.All(untouched.Where(r => r.Indicator != k), r => Assert.Contains(declared, d => d.Id == r.Id));

        // The list says where each recommendation comes from and filters by it.
        var page = await coordinator.GetPageAsync($"/monitoring/{campaignId}/recommendations?source=Registry");
        var sources = page.QuerySelectorAll("#recommendations .recommendation-source").Select(td => td.TextContent.Trim()).ToList();
        Assert.NotEmpty(sources);
        Assert.All(sources, s => Assert.Equal("по реестру портала", s));
        var all = await coordinator.GetPageAsync($"/monitoring/{campaignId}/recommendations");
        Assert.Contains(all.QuerySelectorAll("#recommendations .recommendation-source"), td => td.TextContent.Trim() == "по принятым формам");
    }

    [Fact]
    public async Task An_unknown_source_changes_nothing_and_says_why()
    {
        int campaignId;
        await using (var db = factory.Db())
        {
            campaignId = (await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2026)).Id;
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var response = await ministry.PostAsync($"/monitoring/{campaignId}/recommendations/generate", ("source", "Всё"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await ministry.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("Выберите, по каким данным", page.Body!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.Db())
        {
            Assert.False(await db.Recommendations.AnyAsync(r => r.CampaignId == campaignId));
        }
    }
}
