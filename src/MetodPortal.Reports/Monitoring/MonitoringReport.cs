using System.Globalization;
using MetodPortal.Domain.Monitoring;

namespace MetodPortal.Reports.Monitoring;

/// <summary>
/// What the annual monitoring report shows for one place (the region, a municipality or an organization): the
/// engine's counts, already arranged; the writers format, they do not look anything up or compute figures.
/// </summary>
public sealed record MonitoringReport(
    int Year,
    DateOnly ReportingDate,
    ReportLevel Level,
    string ScopeName,
    string FormedAt,
    string FormedBy,
    IReadOnlyList<decimal> Thresholds,
    IndicatorCounts? Total,
    IReadOnlyList<ReportPlace> Breakdown,
    IReadOnlyList<ReportPlace> Organizations,
    ReportCompleteness Completeness,
    IReadOnlyList<ReportRecommendation> Recommendations)
{
    public const string TitleText = "Информационно-аналитическая справка по результатам мониторинга эффективности функционирования системы "
        + "научно-методического сопровождения педагогических работников и управленческих кадров";

    public string Title => $"{TitleText} за {Year} год";

    /// <summary>The campaign's report with the analysts' conclusions (seed 004, direction 1, 3.2).</summary>
    public string AnalyticTitle => $"Информационно-аналитический отчёт по результатам мониторинга эффективности функционирования системы "
        + $"научно-методического сопровождения педагогических работников и управленческих кадров за {Year} год";

    public string FileName(string extension) => $"monitoring-{Year}.{extension}";

    /// <summary>The indicator's name as the act words it: with the municipality where the report is a municipality's.</summary>
    public string Wording(IndicatorPassport passport) => passport.WordingFor(Level == ReportLevel.Municipality ? ScopeName : null);

    public string LevelName => Level switch { ReportLevel.Region => "регион", ReportLevel.Municipality => "муниципалитет", _ => "организация" };

    /// <summary>The table one level down: municipalities (and regional organizations) for a region, organizations for a municipality.</summary>
    public string? BreakdownTitle => Level switch
    {
        ReportLevel.Region => "Показатели по муниципалитетам",
        ReportLevel.Municipality => "Показатели по организациям",
        _ => null,
    };
}

public enum ReportLevel
{
    Region = 1,
    Municipality = 2,
    Organization = 3,
}

/// <summary>A municipality or an organization with its counts (none: no accepted form).</summary>
public sealed record ReportPlace(string Name, string? Municipality, IndicatorCounts? Counts);

public sealed record ReportCompleteness(int Forms, int Accepted, int AwaitingReview, int Late, int Missing);

/// <summary>A recommendation as printed; <see cref="Source"/> names the figures that gave it («по принятым формам»).</summary>
public sealed record ReportRecommendation(string Target, int Indicator, decimal Value, decimal Threshold, string Text, string Source, string Status);

/// <summary>A text section of the analytic report: its heading and its paragraphs (the text split at blank or single lines).</summary>
public sealed record AnalyticText(string Heading, string Text)
{
    public IReadOnlyList<string> Paragraphs => [.. Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

/// <summary>How both writers show a share: one decimal and a percent sign, a dash when there is nobody to count.</summary>
public static class ReportFormat
{
    public static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static string Percent(Share share) => share.Percent is { } value ? Percent(value) : "—";

    /// <summary>A stored percentage (a recommendation's value) as the shares show it: «7,7 %», not «7,69 %».</summary>
    public static string Percent(decimal percent) => percent.ToString("0.0", Russian) + " %";

    public static string Number(decimal value) => value.ToString("0.##", Russian);

    public static string Meets(Share share, decimal threshold) => share.Whole == 0 ? "нет данных" : share.Meets(threshold) ? "да" : "нет";
}
