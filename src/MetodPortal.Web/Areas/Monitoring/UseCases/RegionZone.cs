using MetodPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public static class RegionZone
{
    /// <summary>The time zone of a region, for deadlines (Khabarovsk: UTC+10).</summary>
    public static async Task<TimeZoneInfo> OfAsync(PortalDbContext db, int? regionId, CancellationToken ct)
    {
        var name = await db.Regions.Where(r => r.Id == regionId).Select(r => r.TimeZone).FirstOrDefaultAsync(ct) ?? "Asia/Vladivostok";
        return Named(name);
    }

    /// <summary>The time zone of that name, or UTC where the system does not know it.</summary>
    public static TimeZoneInfo Named(string name) => TimeZoneInfo.TryFindSystemTimeZoneById(name, out var zone) ? zone : TimeZoneInfo.Utc;

    /// <summary>The calendar day of a moment in the region's time.</summary>
    public static DateOnly DayOf(DateTimeOffset moment, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, zone).DateTime);

    /// <summary>Today in the region (deadlines of a plan are the region's days).</summary>
    public static async Task<DateOnly> TodayAsync(PortalDbContext db, int? regionId, TimeProvider clock, CancellationToken ct) =>
        DayOf(clock.GetUtcNow(), await OfAsync(db, regionId, ct));
}
