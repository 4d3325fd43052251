namespace MetodPortal.Web.Infrastructure;

/// <summary>A period of the region's calendar days (Khabarovsk, UTC+10) as moments: from the first day's midnight to the midnight after the last.</summary>
public static class RegionDays
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(10);

    public static DateTimeOffset StartOf(DateOnly day) => new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), Offset).ToUniversalTime();

    public static DateTimeOffset EndOf(DateOnly day) => StartOf(day.AddDays(1));

    /// <summary>The region's calendar day and time of a moment.</summary>
    public static DateTime DayOf(DateTimeOffset moment) => moment.ToOffset(Offset).DateTime;

    /// <summary>The log lines written on the region's days from <paramref name="from"/> to <paramref name="to"/>; an open end is unbounded.</summary>
    public static IQueryable<T> Within<T>(this IQueryable<T> lines, DateOnly? from, DateOnly? to) where T : Domain.Audit.ILogLine
    {
        if (from is { } first)
        {
            var start = StartOf(first);
            lines = lines.Where(a => a.At >= start);
        }

        if (to is { } last)
        {
            var end = EndOf(last);
            lines = lines.Where(a => a.At < end);
        }

        return lines;
    }
}
