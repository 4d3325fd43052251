namespace MetodPortal.Web.Infrastructure;

public static class Clock
{
    /// <summary>The calendar date that age, years in the profession and date checks are taken on.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
