using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Excel;

namespace MetodPortal.Reports.Monitoring;

/// <summary>
/// The annual monitoring report as a workbook: «Показатели», «Муниципалитеты» (for a region), «Организации» (every
/// organization in scope with its declared counts and the nine shares), «Рекомендации», «Паспорт показателей».
/// Counts are numbers, shares fractions in a percent format; text is never a formula.
/// </summary>
public static class MonitoringXlsx
{
    public static void Write(MonitoringReport report, Stream output)
    {
        using var xlsx = new XlsxWriter(output);
        var shares = report.Total?.Shares();
        Sheet(xlsx, "Показатели", Fit(
            [new("№", XlsxKind.Integer), new("Показатель"), new("Числитель", XlsxKind.Integer), new("Знаменатель", XlsxKind.Integer),
                new("Значение", XlsxKind.Percent),
                new("Порог", XlsxKind.Percent), new("Достигнут")],
            Indicators.Passports.Select(p => (IReadOnlyList<object?>)
            [
                p.Number, report.Wording(p), shares?[p.Number - 1].Part, shares?[p.Number - 1].Whole, shares is null ? null : Fraction(shares[p.Number - 1]),
                report.Thresholds[p.Number - 1] / 100m, shares is null ? "нет данных"
                    : ReportFormat.Meets(shares[p.Number - 1], report.Thresholds[p.Number - 1]),
            ])));

        if (report.Level == ReportLevel.Region)
        {
            Sheet(xlsx, "Муниципалитеты", Places("Муниципалитет", report.Breakdown, withMunicipality: false, totals: true));
        }

        Sheet(xlsx, "Организации", Places("Организация", report.Organizations, withMunicipality: true, totals: false));
        var c = report.Completeness;
        Sheet(xlsx, "Полнота сдачи", Fit(
            [new("Формы"), new("Количество", XlsxKind.Integer)],
            [["Форм всего", c.Forms], ["Приняты", c.Accepted], ["Ожидают проверки", c.AwaitingReview], ["Поданы с опозданием", c.Late],
                ["Не поданы", c.Missing]]));
        Sheet(xlsx, "Рекомендации", Fit(
            [new("Адресат"), new("Показатель", XlsxKind.Integer), new("Значение", XlsxKind.Percent), new("Порог", XlsxKind.Percent),
                new("Рекомендация"), new("Данные"), new("Статус")],
            report.Recommendations.Select(r => (IReadOnlyList<object?>)[r.Target, r.Indicator, r.Value / 100m, r.Threshold / 100m, r.Text, r.Source,
                r.Status])));
        Sheet(xlsx, "Паспорт показателей", Fit(
            [new("№", XlsxKind.Integer), new("Показатель"), new("Числитель"), new("Знаменатель"), new("Источник"), new("Порог", XlsxKind.Percent)],
            Indicators.Passports.Select(p => (IReadOnlyList<object?>)[p.Number, report.Wording(p), p.Numerator, p.Denominator, p.Source,
                report.Thresholds[p.Number - 1] / 100m])));
    }

    private static void Sheet(XlsxWriter xlsx, string name, (IReadOnlyList<XlsxColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows) sheet) =>
        xlsx.AddSheet(name, sheet.Columns, sheet.Rows);

    /// <summary>A share as the fraction Excel shows in percent; none when there is nobody to count.</summary>
    public static decimal? Fraction(Share share) => share.Whole == 0 ? null : (decimal)share.Part / share.Whole;

    /// <summary>
    /// Places with their 13 declared counts and the nine shares; a place without an accepted form has its name only.
    /// Rows that add several organizations up (<paramref name="totals"/>: municipalities) count the organizations
    /// and those with a mentoring programme, so indicator 7 can be recomputed from the sheet; an organization's row
    /// says 1 or 0.
    /// </summary>
    private static (IReadOnlyList<XlsxColumn>, IEnumerable<IReadOnlyList<object?>>) Places(string header, IReadOnlyList<ReportPlace> places,
        bool withMunicipality, bool totals)
    {
        var fields = IndicatorCounts.FormFields;
        List<XlsxColumn> columns =
        [
            new(header), .. withMunicipality ? [new XlsxColumn("Муниципалитет")] : Array.Empty<XlsxColumn>(),
            .. fields.SelectMany(f => f.Name == nameof(IndicatorCounts.WithMentoringProgram) && totals
                ? [new XlsxColumn("Организации, учитываемые в показателях", XlsxKind.Integer),
                    new XlsxColumn("из них реализуют программы наставничества", XlsxKind.Integer)]
                : new[] { new XlsxColumn(f.Label, XlsxKind.Integer) }),
            .. Indicators.Passports.Select(p => new XlsxColumn($"{p.Number}. {p.Short}", XlsxKind.Percent)),
        ];
        var rows = places.Select(place => (IReadOnlyList<object?>)
        [
            place.Name, .. withMunicipality ? [place.Municipality ?? "региональная"] : Array.Empty<object?>(),
            .. fields.SelectMany(f => place.Counts is null
                ? (f.Name == nameof(IndicatorCounts.WithMentoringProgram) && totals ? [null, null] : new object?[] { null })
                : f.Name == nameof(IndicatorCounts.WithMentoringProgram) && totals ? [place.Counts.Organizations, f.Of(place.Counts)]
                    : new object?[] { f.Of(place.Counts) }),
            .. place.Counts is null ? Enumerable.Repeat<object?>(null, Indicators.Count) : place.Counts.Shares().Select(s => (object?)Fraction(s)),
        ]);
        return Fit(columns, rows);
    }

    /// <summary>
    /// Column widths that fit the longest value (headers wrap, so they count less), within 8 and 70 characters. The
    /// rows are a query over the report, read once here and once more as they are written, never held as a list.
    /// </summary>
    private static (IReadOnlyList<XlsxColumn>, IEnumerable<IReadOnlyList<object?>>) Fit(IReadOnlyList<XlsxColumn> columns,
        IEnumerable<IReadOnlyList<object?>> rows)
    {
        var widths = columns.Select(c => c.Header.Length / 3.0).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < widths.Length && i < row.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Length(row[i], columns[i].Kind));
            }
        }

        return ([.. columns.Select((c, i) => c with { Width = Math.Clamp(widths[i] + 2, 8, 70) })], rows);
    }

    private static double Length(object? value, XlsxKind kind) => value switch
    {
        null => 0,
        string text => text.Length,
        _ when kind == XlsxKind.Percent => 7,
        _ => Convert.ToString(value, ReportFormat.Russian)!.Length,
    };
}
