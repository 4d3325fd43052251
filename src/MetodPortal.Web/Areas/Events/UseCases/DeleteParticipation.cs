using MetodPortal.Data;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

/// <summary>Deleting a record of participation that the user's scope holds.</summary>
public sealed class DeleteParticipation(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, int participationId, CancellationToken ct)
    {
        var participation = await db.EventParticipations.FirstOrDefaultAsync(p => p.Id == participationId && p.EventId == id, ct);
        if (participation is null)
        {
            return Outcome.NotFound;
        }

        await RecordedEvidence.WithdrawAsync(db, i => i.ParticipationId == participation.Id, ct);
        db.EventParticipations.Remove(participation);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Запись об участии удалена.");
    }
}
