using System.Globalization;
using System.Text.Json;
using MetodPortal.Domain;

namespace MetodPortal.Web.Infrastructure;

/// <summary>How values are shown to people: Russian names of enum members, dates as dd.MM.yyyy, times in the region's zone.</summary>
public static class Display
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Name(this Enum value) => DisplayNames.Of(value);

    /// <summary>Names or parts in a row, comma between them, the empty ones left out (no «Иванов, , Петров» nor a comma at the end).</summary>
    public static string List(IEnumerable<string?> parts) => string.Join(", ", parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));

    /// <inheritdoc cref="List(IEnumerable{string?})"/>
    public static string List(params string?[] parts) => List(parts.AsEnumerable());

    public static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The value of an &lt;input type="date"&gt;: yyyy-MM-dd, empty for none.</summary>
    public static string InputDate(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A count with its noun in the right form: «1 пункт», «3 пункта», «5 пунктов», «21 пункт».</summary>
    public static string Count(int n, string one, string few, string many) => Domain.RussianPlural.Count(n, one, few, many);

    /// <summary>A score or a share as a Russian reads it: decimal comma, no trailing zeros («7,5», «12»).</summary>
    public static string Number(decimal value) => value.ToString("0.##", Russian);

    /// <summary>A value as the audit log stores it in JSON — an ISO date, a moment, a number — as a Russian reads it.</summary>
    public static string Stored(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => "—",
        JsonValueKind.String when DateOnly.TryParseExact(value.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var date) => Date(date),
        JsonValueKind.String when value.GetString() is { Length: > 10 } text && text[10] == 'T'
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var moment) => DateTime(moment),
        JsonValueKind.String => value.GetString() ?? "—",
        JsonValueKind.Number when value.TryGetDecimal(out var number) => value.GetRawText().Contains('.', StringComparison.Ordinal)
            ? number.ToString(Russian) : value.GetRawText(),
        _ => value.GetRawText(),
    };

    /// <summary>Reads a number typed with a decimal comma or a point; null when it is not one.</summary>
    public static decimal? ParseNumber(string? text) =>
        decimal.TryParse(text?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>A share in percent with one decimal: «42,5 %» (as the reports write it).</summary>
    public static string Percent(int part, int whole) => Reports.Monitoring.ReportFormat.Percent(new Domain.Monitoring.Share(part, whole));

    public static string Percent(decimal percent) => Reports.Monitoring.ReportFormat.Percent(percent);

    /// <summary>A moment in the region's local time (Khabarovsk is UTC+10).</summary>
    public static string DateTime(DateTimeOffset moment, string timeZone = "Asia/Vladivostok") =>
        InZone(moment, timeZone).ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture);

    /// <summary>The region's calendar date of a moment, as the PDF reports print it.</summary>
    public static string RegionDate(DateTimeOffset moment, string timeZone = "Asia/Vladivostok") =>
        InZone(moment, timeZone).ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static DateTimeOffset InZone(DateTimeOffset moment, string timeZone) =>
        TimeZoneInfo.ConvertTime(moment, TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? zone : TimeZoneInfo.Utc);
}
