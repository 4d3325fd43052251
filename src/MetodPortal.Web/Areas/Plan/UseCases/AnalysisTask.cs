using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>
/// When a campaign closes, its analysis task opens: the analytic report with its deadline (the region plan's measure due after a campaign's close —
/// 3.2/3.3 of seed 004, 30 days — or 30 days without one), and the plan measures due after a close get their occurrence for this campaign.
/// </summary>
public static class AnalysisTask
{
    public const int DefaultDays = 30;

    /// <summary>Opens the task of a campaign closed in this save (tracked); the caller saves.</summary>
    public static async Task OpenAsync(PortalDbContext db, MonitoringCampaign campaign, CancellationToken ct)
    {
        await PlanSchedule.ApplyAfterCloseAsync(db, campaign.RegionId, ct);
        if (await db.AnalyticReports.AnyAsync(r => r.CampaignId == campaign.Id, ct))
        {
            return;
        }

        var days = await db.PlanMeasures.Where(m => m.Deadline == DeadlineKind.AfterCampaignClose && m.MunicipalityId == null)
            .MinAsync(m => m.DaysAfter, ct) ?? DefaultDays;
        var closedOn = RegionZone.DayOf(campaign.ClosedAt!.Value, await RegionZone.OfAsync(db, campaign.RegionId, ct));
        db.AnalyticReports.Add(new AnalyticReport { RegionId = campaign.RegionId, CampaignId = campaign.Id, Due = closedOn.AddDays(days) });
    }
}
