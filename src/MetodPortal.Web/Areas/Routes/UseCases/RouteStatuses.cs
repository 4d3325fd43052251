using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Routes;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

public sealed record RouteStatusRow(int Id, string Name, IReadOnlyDictionary<RouteStatus, int> Counts, int Overdue)
{
    public int Total => Counts.Values.Sum();
}

public static class OverdueRoutes
{
    /// <summary>Routes under way (approved or in progress) with an item past its deadline and not yet reported.</summary>
    public static IQueryable<IndividualRoute> WithOverdueItems(this IQueryable<IndividualRoute> routes, DateOnly today) =>
        routes.Where(r => (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress)
            && r.Items.Any(i => i.Status == RouteItemStatus.Planned && i.Deadline < today));

    /// <summary>Routes the user tutors with an item reported and waiting for their confirmation.</summary>
    public static IQueryable<IndividualRoute> AwaitingConfirmationBy(this IQueryable<IndividualRoute> routes, int? tutorUserId) =>
        routes.Where(r => r.TutorUserId == tutorUserId && r.Items.Any(i => i.Status == RouteItemStatus.Reported));
}

/// <summary>Routes by status for each municipality (or, inside one, each organization), with those having overdue items.</summary>
public static class RouteStatuses
{
    public static async Task<IReadOnlyList<RouteStatusRow>> BuildAsync(PortalDbContext db, int? municipalityId, DateOnly today, CancellationToken ct)
    {
        var byOrganization = municipalityId is not null;
        var routes = db.Routes.Where(r => municipalityId == null || r.Organization!.MunicipalityId == municipalityId);
        var counts = await routes
            .GroupBy(r => new { Key = byOrganization ? r.OrganizationId : r.Organization!.MunicipalityId!.Value, r.Status })
            .Select(g => new { g.Key.Key, g.Key.Status, Count = g.Count() }).ToListAsync(ct);
        var overdue = await routes.WithOverdueItems(today)
            .GroupBy(r => byOrganization ? r.OrganizationId : r.Organization!.MunicipalityId!.Value).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var keys = counts.Select(c => c.Key).Distinct().ToList();
        var names = await Territories.NamesAsync(db, keys, byOrganization, ct);
        return [.. names.Select(n => new RouteStatusRow(n.Id, n.Name,
            counts.Where(c => c.Key == n.Id).ToDictionary(c => c.Status, c => c.Count), overdue.GetValueOrDefault(n.Id)))];
    }

    /// <summary>The same table in Excel: a row per territory, a column per status, the total and those with overdue items.</summary>
    public static XlsxSheet Sheet(IReadOnlyList<RouteStatusRow> rows, bool byOrganization) =>
        new("Статусы ИОМ",
        [
            new(byOrganization ? "Организация" : "Муниципалитет", Width: 40),
            .. Enum.GetValues<RouteStatus>().Select(s => new XlsxColumn(DisplayNames.Of(s), XlsxKind.Integer, 14)),
            new("Всего", XlsxKind.Integer, 10), new("С просроченными пунктами", XlsxKind.Integer, 16),
        ],
        rows.Select(r => (IReadOnlyList<object?>)
            [r.Name, .. Enum.GetValues<RouteStatus>().Select(s => (object?)r.Counts.GetValueOrDefault(s)), r.Total, r.Overdue]));
}
