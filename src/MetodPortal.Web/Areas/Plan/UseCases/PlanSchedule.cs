using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>Keeps the occurrences of measures in line with their schedules (<see cref="MeasureSchedule"/>): after a measure or a plan's period
/// changes, and when a campaign closes.</summary>
public static class PlanSchedule
{
    /// <summary>Applies the schedule to the measures (tracked, with their occurrences loaded) of <paramref name="plan"/>; the caller saves.</summary>
    public static async Task ApplyAsync(PortalDbContext db, MeasurePlan plan, IEnumerable<PlanMeasure> measures, CancellationToken ct)
    {
        var closed = await ClosedCampaignsAsync(db, plan.RegionId, ct);
        foreach (var measure in measures)
        {
            MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, plan.From, plan.To, closed));
        }
    }

    /// <summary>The measures due after a campaign's close, of every plan in reach, get their occurrence for the campaign just closed.</summary>
    public static async Task ApplyAfterCloseAsync(PortalDbContext db, int regionId, CancellationToken ct)
    {
        var measures = await db.PlanMeasures.Include(m => m.Occurrences).Where(m => m.Deadline == DeadlineKind.AfterCampaignClose).ToListAsync(ct);
        var plans = await db.MeasurePlans.Where(p => measures.Select(m => m.PlanId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        var closed = await ClosedCampaignsAsync(db, regionId, ct);
        foreach (var measure in measures)
        {
            MeasureSchedule.Apply(measure, MeasureSchedule.Of(measure, plans[measure.PlanId].From, plans[measure.PlanId].To, closed));
        }
    }

    /// <summary>The region's closed campaigns, with the day each closed in the region's time (tracked changes included; one closed without a
    /// recorded moment has no day to count from and gives no occurrence).</summary>
    public static async Task<List<ClosedCampaign>> ClosedCampaignsAsync(PortalDbContext db, int regionId, CancellationToken ct)
    {
        var zone = await RegionZone.OfAsync(db, regionId, ct);
        var stored = await db.MonitoringCampaigns.AsNoTracking().Where(c => c.RegionId == regionId && c.Status == CampaignStatus.Closed).ToListAsync(ct);
        var tracked = db.ChangeTracker.Entries<MonitoringCampaign>().Select(e => e.Entity).Where(c => c.RegionId == regionId).ToList();
        return [.. stored.Where(c => tracked.All(t => t.Id != c.Id)).Concat(tracked).Select(c => ClosedCampaign.Of(c, zone)).OfType<ClosedCampaign>()];
    }
}
