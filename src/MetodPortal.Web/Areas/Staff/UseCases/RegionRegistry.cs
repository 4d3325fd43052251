using MetodPortal.Data;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>
/// The region's registry of people, around the scope filter (listed in docs/architecture.md): a person is one record
/// per region, so before adding someone the region is searched by full name and birth date — they may already work
/// at an organization this user cannot see. The match only adds an employment here; nothing of the other
/// organization is shown, only that the person works elsewhere too.
/// </summary>
public static class RegionRegistry
{
    public static IQueryable<Educator> Educators(PortalDbContext db, int regionId) =>
        db.Educators.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).Where(e => e.RegionId == regionId);

    /// <summary>The region's person with this <see cref="Educator.MatchKey"/>, with all their employments, tracked.</summary>
    public static Task<Educator?> FindAsync(PortalDbContext db, int regionId, string matchKey, CancellationToken ct) =>
        Educators(db, regionId).Include(e => e.Employments).FirstOrDefaultAsync(e => e.MatchKey == matchKey, ct);

    /// <summary>How many of the person's employments lie outside the user's scope: the card says "works elsewhere too", never where.</summary>
    public static async Task<int> EmploymentsElsewhereAsync(PortalDbContext db, int educatorId, int regionId, CancellationToken ct) =>
        await db.Employments.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).CountAsync(x => x.EducatorId == educatorId && x.RegionId == regionId, ct)
        - await db.Employments.CountAsync(x => x.EducatorId == educatorId, ct);
}
