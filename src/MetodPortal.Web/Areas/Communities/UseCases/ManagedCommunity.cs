using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>A community the user may change (<see cref="Operations.Manage"/>), with its owner, and where it takes members from.</summary>
public static class ManagedCommunity
{
    /// <summary>The community, tracked; null when it is not there or the user only sees it through a member.</summary>
    public static async Task<Community?> LoadAsync(PortalDbContext db, RecordAccess access, int id, CancellationToken ct)
    {
        var community = await db.Communities.Include(c => c.Organization).FirstOrDefaultAsync(c => c.Id == id, ct);
        return community is not null && await access.MayManageAsync(community) ? community : null;
    }

    /// <summary>The organizations in the user's scope that the community takes members from.</summary>
    public static async Task<List<Organization>> TerritoryAsync(PortalDbContext db, Community community, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => o.RegionId == community.RegionId).OrderBy(o => o.Name).ToListAsync(ct))
        .Where(o => CommunityRules.TakesMembersFrom(community, o)).ToList();
}
