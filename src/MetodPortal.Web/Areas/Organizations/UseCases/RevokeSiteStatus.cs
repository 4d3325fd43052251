using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>Deleting a site status entered by mistake (an expired one is better given an end date); a regional one is the region's.</summary>
public sealed class RevokeSiteStatus(PortalDbContext db, ICurrentUserSource users)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var status = await db.OrganizationStatuses.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (status is null)
        {
            return Outcome.NotFound;
        }

        if (Sites.LevelError(status.Level, users.Current.Scope) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        db.OrganizationStatuses.Remove(status);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Статус удалён.");
    }
}
