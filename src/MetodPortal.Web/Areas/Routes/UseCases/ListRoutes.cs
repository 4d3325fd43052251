using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

public sealed class RouteFilter
{
    public string? Q { get; set; }
    public RouteStatus? Status { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }

    /// <summary>Only routes with an item past its deadline and not done.</summary>
    public bool Overdue { get; set; }

    /// <summary>Only routes the user tutors with an item waiting for their confirmation.</summary>
    public bool ToConfirm { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record RouteRow(
    int Id, int EducatorId, string EducatorName, string Organization, RouteStatus Status, DateOnly PeriodFrom, DateOnly PeriodTo,
    int Items, int Done, int Overdue);

/// <summary>Routes in the user's scope (a teacher's scope holds only their own), newest first.</summary>
public static class ListRoutes
{
    public static IQueryable<IndividualRoute> Query(PortalDbContext db, RouteFilter filter, DateOnly today)
    {
        var query = db.Routes.AsNoTracking();
        if (filter.Status is { } status)
        {
            query = query.Where(r => r.Status == status);
        }

        if (filter.EducatorId is { } educatorId)
        {
            query = query.Where(r => r.EducatorId == educatorId);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            query = query.Where(r => r.OrganizationId == organizationId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(r => r.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Overdue)
        {
            query = query.WithOverdueItems(today);
        }

        if (filter.ToConfirm)
        {
            query = query.AwaitingConfirmationBy(db.CurrentUser.UserId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(r => EF.Functions.ILike(RussianText.Folded(r.Educator!.LastName + " " + r.Educator.FirstName + " "
                + "" + (r.Educator.MiddleName ?? "")), pattern, Like.Escape));
        }

        return query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id);
    }

    public static IQueryable<RouteRow> Rows(PortalDbContext db, RouteFilter filter, DateOnly today) =>
        Query(db, filter, today).Select(r => new RouteRow(
            r.Id, r.EducatorId, r.Educator!.FullName,
            r.Organization!.ShortName ?? r.Organization.Name, r.Status, r.PeriodFrom, r.PeriodTo,
            r.Items.Count(i => i.Status != RouteItemStatus.Cancelled), r.Items.Count(i => i.Status == RouteItemStatus.Done),
            r.Items.Count(i => i.Status == RouteItemStatus.Planned && i.Deadline < today)));

    public static Task<Page<RouteRow>> PageAsync(PortalDbContext db, RouteFilter filter, DateOnly today, CancellationToken ct) =>
        Rows(db, filter, today).ToPageAsync(filter.Page, ct);

    /// <summary>The list in Excel — the routes, and on a second sheet every item of them — for the filter of the page.</summary>
    public static IEnumerable<XlsxSheet> Sheets(PortalDbContext db, RouteFilter filter, DateOnly today)
    {
        yield return new("ИОМ", RouteColumns, Rows(db, filter, today).AsEnumerable().Select(r => (IReadOnlyList<object?>)
            [r.Id, r.EducatorName, r.Organization, r.PeriodFrom, r.PeriodTo, r.Status.Name(), r.Items, r.Done, r.Overdue]));
        yield return new("Пункты", ItemColumns, Query(db, filter, today)
            .SelectMany(r => r.Items, (r, i) => new
            {
                RouteId = r.Id, r.Educator!.LastName, r.Educator.FullName, Area = i.CompetenceArea!.Name, i.Goal, i.Form, i.Deadline, i.ExpectedResult,
                i.Status, i.ReportedOn, i.ConfirmedOn, i.SortOrder, i.Id,
            })
            .OrderBy(i => i.LastName).ThenBy(i => i.RouteId).ThenBy(i => i.SortOrder).ThenBy(i => i.Id)
            .AsEnumerable().Select(i => (IReadOnlyList<object?>)
                [i.RouteId, i.FullName, i.Area, i.Goal, i.Form.Name(), i.Deadline, i.ExpectedResult, i.Status.Name(), i.ReportedOn, i.ConfirmedOn]));
    }

    private static readonly IReadOnlyList<XlsxColumn> RouteColumns =
    [
        new("№ ИОМ", XlsxKind.Integer, 9), new("Педагог", Width: 34), new("Организация", Width: 34), new("Начало", XlsxKind.Date, 12),
        new("Окончание", XlsxKind.Date, 12), new("Статус", Width: 16), new("Пунктов", XlsxKind.Integer, 10), new("Выполнено", XlsxKind.Integer, 11),
        new("Просрочено", XlsxKind.Integer, 11),
    ];

    private static readonly IReadOnlyList<XlsxColumn> ItemColumns =
    [
        new("№ ИОМ", XlsxKind.Integer, 9), new("Педагог", Width: 34), new("Дефицит", Width: 34), new("Задача", Width: 50), new("Форма", Width: 24),
        new("Срок", XlsxKind.Date, 12), new("Ожидаемый результат", Width: 40), new("Статус", Width: 16), new("Отчёт педагога", XlsxKind.Date, 14),
        new("Подтверждено", XlsxKind.Date, 14),
    ];
}
