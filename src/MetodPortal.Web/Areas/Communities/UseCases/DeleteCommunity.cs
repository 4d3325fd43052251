using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>Deleting a community with its membership records (one that stopped working is better given an end date).</summary>
public sealed class DeleteCommunity(PortalDbContext db, RecordAccess access)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return Outcome.NotFound;
        }

        // Loaded so that each member's removal is audited too; the owner's subtree holds the community's whole territory.
        await db.CommunityMemberships.Where(m => m.CommunityId == id).LoadAsync(ct);
        db.Communities.Remove(community);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Сообщество «{community.Title}» удалено.");
    }
}
