using MetodPortal.Reports.Pdf;

namespace MetodPortal.Reports.Plan;

/// <summary>The execution report of a plan as an A4 document: the totals, by direction, by responsible subject, and measure by measure.</summary>
public static class ExecutionPdf
{
    public static byte[] Render(PlanReport report)
    {
        var title = $"Отчёт об исполнении: {report.Title}";
        using var pdf = new PdfComposer(title, report.FormedBy);
        pdf.Title(title);
        pdf.Fields(
        [
            ("Утверждён", report.ApprovedBy),
            ("Период", report.Period),
            ("Уровень", report.Municipality ?? "регион"),
            ("Сформирован", report.FormedOn),
            ("Сформировал", report.FormedBy),
        ]);

        var t = report.Total;
        pdf.Heading("1. Итоги исполнения");
        pdf.Fields(
        [
            ("Выполнено в срок", t.OnTime.ToString(Monitoring.ReportFormat.Russian)),
            ("Выполнено с опозданием", t.Late.ToString(Monitoring.ReportFormat.Russian)),
            ("Просрочено", t.Overdue.ToString(Monitoring.ReportFormat.Russian)),
            ("Предстоит", t.Upcoming.ToString(Monitoring.ReportFormat.Russian)),
            ("Отменено", t.Cancelled.ToString(Monitoring.ReportFormat.Russian)),
        ]);

        pdf.Heading("2. По направлениям");
        pdf.Table(GroupColumns, report.ByDirection.Select(Row));
        pdf.Heading("3. По ответственным субъектам");
        pdf.Table(GroupColumns, report.ByResponsible.Select(Row));
        pdf.Heading("4. Мероприятия");
        pdf.Note("В срок / с опозданием / просрочено / предстоит — число сроков мероприятия в каждом состоянии.");
        pdf.Table(
            [new("№", 0.8), new("Мероприятие", 4.6), new("Срок", 1.8), new("Исполнение", 1.6), new("Цель", 1.6), new("Сейчас", 1.6)],
            report.Measures.Select(m => (IReadOnlyList<string>)
                [$"{m.Direction}.{m.Number}", m.Title, m.Deadline, $"{m.OnTime} / {m.Late} / {m.Overdue} / {m.Upcoming}", m.Target, m.Current]));
        pdf.Signature("Ответственный", report.FormedBy);
        return pdf.ToArray();
    }

    private static readonly IReadOnlyList<PdfColumn> GroupColumns =
        [new("Направление / ответственный", 5), new("В срок", 1.2), new("С опозданием", 1.5), new("Просрочено", 1.4), new("Предстоит", 1.3)];

    private static IReadOnlyList<string> Row(PlanReportGroup g) =>
        [g.Name, .. new[] { g.OnTime, g.Late, g.Overdue, g.Upcoming }.Select(n => n.ToString(Monitoring.ReportFormat.Russian))];
}
