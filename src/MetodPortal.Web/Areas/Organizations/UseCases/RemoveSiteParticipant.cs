using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>A participant recorded by mistake is removed from the site's list.</summary>
public sealed class RemoveSiteParticipant(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int siteId, int participantId, CancellationToken ct)
    {
        var participant = await db.SiteParticipants.FirstOrDefaultAsync(p => p.Id == participantId && p.SiteId == siteId, ct);
        if (participant is null)
        {
            return Outcome.NotFound;
        }

        db.SiteParticipants.Remove(participant);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Участник {participant.Name} удалён из списка.", siteId);
    }
}
