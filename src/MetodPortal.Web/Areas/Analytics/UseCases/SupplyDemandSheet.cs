using MetodPortal.Reports.Excel;

namespace MetodPortal.Web.Areas.Analytics.UseCases;

/// <summary>The supply-and-demand table as an Excel sheet, one row per competence area.</summary>
public static class SupplyDemandSheet
{
    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Компетенция", Width: 40), new("Педагогов с дефицитом", XlsxKind.Integer), new("Человек в запросах", XlsxKind.Integer),
        new("Мест на курсах ДПП", XlsxKind.Integer), new("Мероприятий", XlsxKind.Integer), new("Сообществ", XlsxKind.Integer),
        new("Свободных мест у наставников", XlsxKind.Integer), new("Спрос превышает предложение", Width: 14),
    ];

    public static IReadOnlyList<object?> Row(SupplyDemandRow r) =>
        [r.Area, r.Deficits, r.Requested, r.Seats, r.Events, r.Communities, r.MentorPlaces, r.Short ? "да" : "нет"];
}
