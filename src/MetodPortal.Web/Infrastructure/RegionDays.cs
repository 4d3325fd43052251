namespace MetodPortal.Web.Infrastructure;

/// <summary>A period of the region's calendar days (Khabarovsk, UTC+10) as moments: from the first day's midnight to the midnight after the last.</summary>
public static class RegionDays
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(10);

    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));
}
