using System.Net;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring;

public sealed class CampaignTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static (string, string)[] Campaign(string year, string threshold2 = "10") =>
    [
        ("Year", year), ("ReportingDate", $"{year}-12-31"),
            ("DeadlineDate", $"{int.Parse(year, System.Globalization.CultureInfo.InvariantCulture) + 1}-01-20"), ("DeadlineTime", "18:00"),
        .. Enumerable.Range(0, Indicators.Count).Select(i => ($"Thresholds[{i}]", i == 1 ? threshold2 : "6")),
    ];

    [Fact]
    public async Task TheMinistryPreparesOpensAndClosesACampaignAndOpeningCreatesAFormPerCountingOrganization()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        var created = await ministry.PostAsync("/monitoring/create", Campaign("2029"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = created.LocationId();
        await using (var db = factory.Db())
        {
            var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2029);
            Assert.Equal(new DateTimeOffset(2030, 1, 20, 8, 0, 0, TimeSpan.Zero), campaign.Deadline); // 18:00 in Khabarovsk is 08:00 UTC
            Assert.Equal((10m, 6m, CampaignStatus.Preparation), (campaign.ThresholdOf(2), campaign.ThresholdOf(1), campaign.Status));
        }

        Assert.Contains("уже есть", await (await ministry.PostAsync("/monitoring/create", Campaign("2029"))).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);
        Assert.Contains("больше 0", await (await ministry.PostAsync("/monitoring/create", Campaign("2028", "abc"))).Content.ReadAsStringAsync(),
            StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await ministry.PostAsync($"/monitoring/{id}/open")).StatusCode);
        await using (var db = factory.Db())
        {
            var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2029);
            var counting = await db.Organizations.CountAsync(o => o.CountsInIndicators && o.RegionId == campaign.RegionId);
            Assert.Equal(CampaignStatus.Open, campaign.Status);
            Assert.Equal(counting, await db.MonitoringForms.CountAsync(f => f.CampaignId == campaign.Id && f.Status == FormStatus.NotStarted));
        }

        // Opening twice creates nothing more.
        await ministry.PostAsync($"/monitoring/{id}/open");
        var card = await ministry.GetPageAsync($"/monitoring/{id}");
        await using (var db = factory.Db())
        {
            Assert.Equal((await db.MonitoringForms.CountAsync(f => f.Campaign!.Year == 2029)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                card.QuerySelector("#total-forms")!.TextContent);
            Assert.Contains("20.01.2030 18:00", card.QuerySelector("#campaign-title")!.ParentElement!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await ministry.PostAsync($"/monitoring/{id}/close")).StatusCode);
        Assert.Equal("закрыт", (await ministry.GetPageAsync($"/monitoring/{id}")).QuerySelector("#campaign-status")!.TextContent);
    }

    [Fact]
    public async Task OnlyTheMinistryRunsCampaignsAndACoordinatorSeesItsOwnMunicipalitysProgress()
    {
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/monitoring/create")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostAsync("/monitoring/create", Campaign("2031"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/monitoring")).StatusCode);
    }
}
