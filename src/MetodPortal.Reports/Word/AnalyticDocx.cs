using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Reports.Monitoring;

namespace MetodPortal.Reports.Word;

/// <summary>
/// The campaign's information-analytical report as a Word document (.docx): the same sections as its PDF — the indicators with their thresholds, the
/// breakdown one level down, the completeness of the forms, the analysts' conclusions, and the targeted recommendations — to edit and send on.
/// </summary>
public static class AnalyticDocx
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(MonitoringReport report, IReadOnlyList<AnalyticText> analysis)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            body.Append(Paragraph(report.AnalyticTitle, bold: true, size: 28, center: true));
            body.Append(Paragraph($"Уровень: {report.LevelName}. {report.ScopeName}. Отчётная дата: {report.ReportingDate:dd.MM.yyyy}."));
            body.Append(Paragraph($"Сформирован: {report.FormedAt}, {report.FormedBy}."));

            var section = 1;
            body.Append(Heading($"{section++}. Показатели эффективности"));
            if (report.Total is null)
            {
                body.Append(Paragraph("Принятых форм нет: показатели не рассчитаны."));
            }
            else
            {
                var shares = report.Total.Shares();
                body.Append(Table(["№", "Показатель", "Числитель", "Знаменатель", "Значение", "Порог", "Достигнут"],
                    Indicators.Passports.Select(p => (IReadOnlyList<string>)
                    [
                        p.Number.ToString(ReportFormat.Russian), report.Wording(p), shares[p.Number - 1].Part.ToString(ReportFormat.Russian),
                        shares[p.Number - 1].Whole.ToString(ReportFormat.Russian), ReportFormat.Percent(shares[p.Number - 1]),
                        ReportFormat.Number(report.Thresholds[p.Number - 1]) + " %", ReportFormat.Meets(shares[p.Number - 1], report.Thresholds[p.Number - 1]),
                    ])));
            }

            if (report.BreakdownTitle is not null)
            {
                body.Append(Heading($"{section++}. {report.BreakdownTitle}"));
                body.Append(Table(["Наименование", .. Indicators.Passports.Select(p => p.Number.ToString(ReportFormat.Russian))],
                    report.Breakdown.Select(place => (IReadOnlyList<string>)(place.Counts is null
                        ? [place.Name, .. Enumerable.Repeat("н/д", Indicators.Count)]
                        : [place.Name, .. place.Counts.Shares().Select(ReportFormat.Percent)]))));
            }

            var c = report.Completeness;
            body.Append(Heading($"{section++}. Полнота сдачи форм"));
            body.Append(Paragraph($"Форм всего: {c.Forms}; приняты: {c.Accepted}; ожидают проверки: {c.AwaitingReview}; поданы с опозданием: {c.Late}; "
                + $"не поданы: {c.Missing}."));

            body.Append(Heading($"{section++}. Выводы, риски и предложения"));
            foreach (var text in analysis)
            {
                body.Append(Paragraph(text.Heading, bold: true));
                body.Append(text.Paragraphs.Select(p => Paragraph(p)));
            }

            body.Append(Heading($"{section}. Адресные рекомендации"));
            if (report.Recommendations.Count == 0)
            {
                body.Append(Paragraph("Рекомендаций нет."));
            }
            else
            {
                body.Append(Table(["Адресат", "№", "Значение / порог", "Рекомендация", "Статус"], report.Recommendations.Select(r => (IReadOnlyList<string>)
                    [r.Target, r.Indicator.ToString(ReportFormat.Russian), $"{ReportFormat.Percent(r.Value)} / {ReportFormat.Number(r.Threshold)} %", r.Text,
                        r.Status])));
            }

            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Heading(string text) => Paragraph(text, bold: true, size: 24);

    /// <summary>A paragraph of one run in Times New Roman (sizes in half-points: 24 is 12 pt).</summary>
    private static Paragraph Paragraph(string text, bool bold = false, int size = 22, bool center = false)
    {
        var run = new RunProperties(new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
            new FontSize { Val = size.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (bold)
        {
            run.Append(new Bold());
        }

        var paragraph = new Paragraph(new Run(run, new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        if (center)
        {
            paragraph.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        }

        return paragraph;
    }

    private static Table Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(headers, bold: true));
        foreach (var row in rows)
        {
            table.Append(Row(row, bold: false));
        }

        return table;
    }

    private static TableRow Row(IReadOnlyList<string> cells, bool bold) =>
        new(cells.Select(cell => new TableCell(Paragraph(cell, bold, size: 18))));
}
