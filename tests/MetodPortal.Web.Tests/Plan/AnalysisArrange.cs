using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

/// <summary>Analysis tasks: one opened by closing a campaign as the ministry does, and the demo's 2025 report waiting for review.</summary>
internal static class AnalysisArrange
{
    /// <summary>An open campaign of <paramref name="year"/> closed by the ministry; returns its analysis task (a draft).</summary>
    public static async Task<AnalyticReport> OpenedAsync(PortalFactory factory, int year)
    {
        int campaignId;
        await using (var db = factory.Db())
        {
            var region = await db.Regions.Select(r => r.Id).FirstAsync();
            var campaign = new MonitoringCampaign { RegionId = region, Year = year, ReportingDate = new DateOnly(year, 12, 31),
                Deadline = DateTimeOffset.UtcNow, Status = CampaignStatus.Open, OpenedAt = DateTimeOffset.UtcNow };
            db.MonitoringCampaigns.Add(campaign);
            await db.SaveChangesAsync();
            campaignId = campaign.Id;
        }

        await using (var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry)))
        {
            await scope.Get<CloseCampaign>().HandleAsync(campaignId, default);
        }

        return await ReportOfAsync(factory, campaignId);
    }

    /// <summary>The demo's analytic report of the 2025 campaign, in review.</summary>
    public static async Task<AnalyticReport> DemoInReviewAsync(PortalFactory factory)
    {
        await using var db = factory.Db();
        var campaign = await db.MonitoringCampaigns.SingleAsync(c => c.Year == 2025);
        return await ReportOfAsync(factory, campaign.Id);
    }

    public static async Task<AnalyticReport> ReportOfAsync(PortalFactory factory, int campaignId)
    {
        await using var db = factory.Db();
        return await db.AnalyticReports.AsNoTracking().Include(r => r.Sections).SingleAsync(r => r.CampaignId == campaignId);
    }
}
