using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Pdf;

namespace MetodPortal.Reports.Monitoring;

/// <summary>The annual monitoring report as an A4 information-analytical note to print, sign and send; with the analysts' text, the
/// information-analytical report of the campaign.</summary>
public static class MonitoringPdf
{
    public static byte[] Render(MonitoringReport report, IReadOnlyList<AnalyticText>? analysis = null)
    {
        var title = analysis is null ? report.Title : report.AnalyticTitle;
        using var pdf = new PdfComposer(title, report.FormedBy);
        pdf.Title(title);
        pdf.Fields(
        [
            ("Уровень", report.LevelName),
            ("Территория / организация", report.ScopeName),
            ("Отчётная дата", report.ReportingDate.ToString("dd.MM.yyyy", ReportFormat.Russian)),
            ("Источник данных", report.Level == ReportLevel.Organization ? "принятая форма мониторинга организации"
                : "принятые формы мониторинга организаций. " + Indicators.DeclaredSum),
            ("Сформирована", report.FormedAt),
            ("Сформировал", report.FormedBy),
        ]);

        // Sections are numbered as they come: without figures there is no chart, and no gap in the numbers.
        var section = 1;
        pdf.Heading($"{section++}. Показатели эффективности");
        if (report.Total is null)
        {
            pdf.Text("Принятых форм нет: показатели не рассчитаны.");
        }
        else
        {
            var shares = report.Total.Shares();
            pdf.Table(
                [new("№", 0.45), new("Показатель", 5.2), new("Числитель", 1.5), new("Знаменатель", 1.75), new("Значение", 1.45), new("Порог", 1.1),
                    new("Достигнут", 1.55)],
                Indicators.Passports.Select(p => (IReadOnlyList<string>)
                [
                    p.Number.ToString(ReportFormat.Russian), report.Wording(p), shares[p.Number - 1].Part.ToString(ReportFormat.Russian),
                    shares[p.Number - 1].Whole.ToString(ReportFormat.Russian), ReportFormat.Percent(shares[p.Number - 1]),
                    ReportFormat.Number(report.Thresholds[p.Number - 1]) + " %", ReportFormat.Meets(shares[p.Number - 1], report.Thresholds[p.Number - 1]),
                ]));

            pdf.Heading($"{section++}. Показатели и пороги");
            pdf.BarChart([.. Indicators.Passports.Select(p => new PdfBar($"{p.Number}. {p.Short}", (double?)shares[p.Number - 1].Percent,
                (double)report.Thresholds[p.Number - 1], shares[p.Number - 1].Meets(report.Thresholds[p.Number - 1])))]);
        }

        if (report.BreakdownTitle is not null)
        {
            pdf.Heading($"{section++}. {report.BreakdownTitle}");
            pdf.Note("Значения показателей 1–9, %. «—» — некого учитывать; «н/д» — нет принятых форм.");
            pdf.Table(
                [new("Наименование", 4), .. Indicators.Passports.Select(p => new PdfColumn(p.Number.ToString(ReportFormat.Russian), 1))],
                report.Breakdown.Select(place => (IReadOnlyList<string>)(place.Counts is null
                    ? [place.Name, .. Enumerable.Repeat("н/д", Indicators.Count)]
                    : [place.Name, .. place.Counts.Shares().Select(ReportFormat.Percent)])));
        }

        pdf.Heading($"{section++}. Полнота сдачи форм");
        var c = report.Completeness;
        pdf.Fields(
        [
            ("Форм всего", c.Forms.ToString(ReportFormat.Russian)),
            ("Приняты", c.Accepted.ToString(ReportFormat.Russian)),
            ("Ожидают проверки", c.AwaitingReview.ToString(ReportFormat.Russian)),
            ("Поданы с опозданием", c.Late.ToString(ReportFormat.Russian)),
            ("Не поданы", c.Missing.ToString(ReportFormat.Russian)),
        ]);

        if (analysis is { Count: > 0 })
        {
            pdf.Heading($"{section++}. Выводы, риски и предложения");
            foreach (var text in analysis)
            {
                pdf.Text(text.Heading, bold: true);
                foreach (var paragraph in text.Paragraphs)
                {
                    pdf.Text(paragraph);
                }
            }
        }

        pdf.Heading($"{section}. Адресные рекомендации");
        if (report.Recommendations.Count == 0)
        {
            pdf.Text("Рекомендаций нет.");
        }
        else
        {
            pdf.Table(
                [new("Адресат", 2.5), new("№", 0.5), new("Значение / порог", 1.4), new("Рекомендация", 4.8), new("Данные", 1.2), new("Статус", 1.2)],
                report.Recommendations.Select(r => (IReadOnlyList<string>)
                [
                    r.Target, r.Indicator.ToString(ReportFormat.Russian), $"{ReportFormat.Percent(r.Value)} / {ReportFormat.Number(r.Threshold)} %",
                        r.Text, r.Source, r.Status,
                ]));
        }

        pdf.Signature("Ответственный за мониторинг", report.FormedBy);
        return pdf.ToArray();
    }
}
