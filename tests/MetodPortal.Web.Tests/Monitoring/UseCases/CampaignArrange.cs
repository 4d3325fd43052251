using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Monitoring.UseCases;

/// <summary>Campaigns of the demo region for years the demo data leaves free, prepared by the ministry.</summary>
internal static class CampaignArrange
{
    public const string Ministry = "ministry@demo.local";

    public static CampaignForm Form(int year) => new()
    {
        Year = year, ReportingDate = new DateOnly(year, 12, 31), DeadlineDate = new DateOnly(year + 1, 1, 20), DeadlineTime = new TimeOnly(18, 0),
    };

    public static async Task<MonitoringCampaign> CampaignAsync(PortalFactory factory, int year, CampaignStatus status = CampaignStatus.Preparation)
    {
        var region = (await factory.OrganizationAsync(Seeded.KhvSchool)).RegionId;
        await using var db = factory.Db();
        var campaign = new MonitoringCampaign { RegionId = region, Status = status };
        Form(year).ApplyTo(campaign, TimeZoneInfo.FindSystemTimeZoneById("Asia/Vladivostok"));
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        return campaign;
    }

    public static async Task<MonitoringCampaign> ReloadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.MonitoringCampaigns.AsNoTracking().SingleAsync(c => c.Id == id);
    }
}
