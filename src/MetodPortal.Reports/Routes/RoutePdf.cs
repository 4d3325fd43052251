using System.Globalization;
using MetodPortal.Reports.Pdf;

namespace MetodPortal.Reports.Routes;

/// <summary>What the ИОМ document shows, already in words: the writer formats, it does not look anything up.</summary>
public sealed record RouteDocument(
    string EducatorName,
    string OrganizationName,
    string Position,
    string? DiagnosticTitle,
    DateOnly? DiagnosticDate,
    IReadOnlyList<RouteDocumentDeficit> Deficits,
    IReadOnlyList<RouteDocumentItem> Items,
    string Tutor,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string Status,
    DateOnly? ApprovedOn,
    string? ApprovedBy,
    string FormedBy,
    DateOnly FormedOn);

public sealed record RouteDocumentDeficit(string Area, string Basis);

public sealed record RouteDocumentItem(string Deficit, string Goal, string Form, DateOnly Deadline, string ExpectedResult, string Status);

/// <summary>The individual educational route (ИОМ) as an A4 document to print and sign.</summary>
public static class RoutePdf
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    public static byte[] Render(RouteDocument route)
    {
        using var pdf = new PdfComposer($"ИОМ — {route.EducatorName}", route.FormedBy);
        pdf.Title("Индивидуальный образовательный маршрут педагогического работника");
        pdf.Fields(
        [
            ("Педагогический работник", route.EducatorName),
            ("Организация", route.OrganizationName),
            ("Должность", route.Position),
            ("Основание", route.DiagnosticTitle is null
                ? "составлен без диагностики"
                : $"диагностика профессиональных дефицитов «{route.DiagnosticTitle}» от {Date(route.DiagnosticDate)}"),
            ("Период реализации", $"{Date(route.PeriodFrom)} — {Date(route.PeriodTo)}"),
            ("Тьютор", route.Tutor),
            ("Статус", route.Status),
            ("Утверждён", route.ApprovedOn is null ? "не утверждён" : $"{Date(route.ApprovedOn)}{(route.ApprovedBy is null ? "" : ", " + route.ApprovedBy)}"),
        ]);

        pdf.Heading("Выявленные профессиональные дефициты");
        if (route.Deficits.Count == 0)
        {
            pdf.Text("Дефициты не указаны.");
        }
        else
        {
            pdf.Table([new("№", 0.5), new("Компетенция", 4), new("Основание", 6)],
                route.Deficits.Select((d, i) => (IReadOnlyList<string>)[(i + 1).ToString(Russian), d.Area, d.Basis]));
        }

        pdf.Heading("Мероприятия маршрута");
        pdf.Table(
            [new("№", 0.5), new("Дефицит", 2.2), new("Цель", 3.2), new("Форма", 1.7), new("Срок", 1.75), new("Ожидаемый результат", 2.8),
                new("Отметка о выполнении", 1.9)],
            route.Items.Select((item, i) => (IReadOnlyList<string>)
                [(i + 1).ToString(Russian), item.Deficit, item.Goal, item.Form, Date(item.Deadline), item.ExpectedResult, item.Status]));

        pdf.Signature("Педагогический работник", Initials(route.EducatorName));
        pdf.Signature("Тьютор", route.Tutor);
        pdf.Signature("Утверждаю", route.ApprovedBy ?? "");
        pdf.Space(6);
        pdf.Note($"Сформировано в МетодПортале {Date(route.FormedOn)}, {route.FormedBy}.");
        return pdf.ToArray();
    }

    private static string Date(DateOnly? date) => date?.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) ?? "—";

    /// <summary>«Орлова Екатерина Дмитриевна» → «Орлова Е. Д.», as a signature is deciphered.</summary>
    public static string Initials(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= 1 ? fullName : parts[0] + " " + string.Join(" ", parts.Skip(1).Select(p => p[0] + "."));
    }
}
