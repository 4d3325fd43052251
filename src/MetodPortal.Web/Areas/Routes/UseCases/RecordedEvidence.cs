using System.Linq.Expressions;
using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// Evidence that arrives by itself: the use cases that record a completion of a ДПП, a participation in an event or a membership of a
/// community report the educator's ИОМ item linked to that offer (<see cref="IndividualRoute.ReportByRecord"/>), and the ones that delete
/// such a record withdraw the report the tutor has not confirmed yet. Both only stage the change; the calling use case saves once.
/// </summary>
public static class RecordedEvidence
{
    /// <summary>What the calling use case adds to its message when an item was reported.</summary>
    public const string ReportedNote = " Пункт ИОМ отмечен выполненным — ждёт подтверждения тьютора.";

    /// <summary>The earliest planned item of the educator's routes under way that is linked as <paramref name="linked"/> says is reported
    /// with <paramref name="evidence"/>; one record reports one item.</summary>
    /// <returns>Whether an item was reported.</returns>
    public static async Task<bool> ReportAsync(
        PortalDbContext db, int educatorId, Expression<Func<RouteItem, bool>> linked, RecordEvidence evidence, DateOnly today, CancellationToken ct)
    {
        var candidates = await db.RouteItems.Where(linked)
            .Where(i => i.EducatorId == educatorId && i.Status == RouteItemStatus.Planned
                && db.Routes.Any(r => r.Id == i.RouteId && (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress)))
            .OrderBy(i => i.Deadline).ThenBy(i => i.Id).Select(i => new { i.Id, i.RouteId }).FirstOrDefaultAsync(ct);
        if (candidates is null)
        {
            return false;
        }

        var route = await RouteStep.LoadAsync(db, candidates.RouteId, ct);
        return route is not null && route.ReportByRecord(route.Items.First(i => i.Id == candidates.Id), evidence, today);
    }

    /// <summary>The items reported by the record that <paramref name="byRecord"/> names go back to planned, unless already confirmed.</summary>
    public static async Task WithdrawAsync(PortalDbContext db, Expression<Func<RouteItem, bool>> byRecord, CancellationToken ct)
    {
        var routeIds = await db.RouteItems.Where(byRecord).Select(i => i.RouteId).Distinct().ToListAsync(ct);
        var compiled = byRecord.Compile();
        foreach (var routeId in routeIds)
        {
            var route = await RouteStep.LoadAsync(db, routeId, ct);
            foreach (var item in route?.Items.Where(compiled) ?? [])
            {
                route!.WithdrawRecord(item);
            }
        }
    }
}
