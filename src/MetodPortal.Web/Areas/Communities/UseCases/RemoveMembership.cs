using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>Taking a member off the community's list (one who left is better given an end date).</summary>
public sealed class RemoveMembership(PortalDbContext db, RecordAccess access)
{
    public async Task<Outcome> HandleAsync(int id, int memberId, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        var member = community is null ? null : await db.CommunityMemberships.FirstOrDefaultAsync(m => m.Id == memberId && m.CommunityId == id, ct);
        if (member is null)
        {
            return Outcome.NotFound;
        }

        await RecordedEvidence.WithdrawAsync(db, i => i.MembershipId == member.Id, ct);
        db.CommunityMemberships.Remove(member);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Участник исключён из состава.");
    }
}
