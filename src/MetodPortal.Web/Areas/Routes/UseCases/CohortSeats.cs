using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// The seats of ДПП cohorts already taken by ИОМ items. A cohort's seats are the region's, so they are counted across the whole
/// region, around the user's scope; only the counts leave this file, never whose items they are.
/// </summary>
public static class CohortSeats
{
    public static async Task<Dictionary<int, int>> TakenAsync(PortalDbContext db, int regionId, IReadOnlyCollection<int> cohortIds, CancellationToken ct) =>
        cohortIds.Count == 0
            ? []
            : await db.RouteItems.IgnoreQueryFilters([PortalDbContext.ScopeFilter])
                .Where(i => i.RegionId == regionId && i.CohortId != null && cohortIds.Contains(i.CohortId.Value) && i.Status != RouteItemStatus.Cancelled)
                .GroupBy(i => i.CohortId!.Value).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
}
