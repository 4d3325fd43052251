using System.Globalization;
using MetodPortal.Domain;

namespace MetodPortal.Web.Infrastructure;

/// <summary>How values are shown to people: Russian names of enum members, dates as dd.MM.yyyy, times in the region's zone.</summary>
public static class Display
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Name(this Enum value) => DisplayNames.Of(value);

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>A moment in the region's local time (Khabarovsk is UTC+10).</summary>
    public static string DateTime(DateTimeOffset moment, string timeZone = "Asia/Vladivostok")
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return TimeZoneInfo.ConvertTime(moment, zone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);
    }
}
