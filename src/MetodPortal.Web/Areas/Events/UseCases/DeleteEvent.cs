using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

/// <summary>Deleting an event nobody took part in: one with participants already counts in the indicators.</summary>
public sealed class DeleteEvent(PortalDbContext db, RecordAccess access)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var e = await ManagedEvent.LoadAsync(db, access, id, ct);
        if (e is null)
        {
            return Outcome.NotFound;
        }

        if (await ParticipantsAsync(db, id, ct) is > 0 and var participants)
        {
            return Outcome.Refused(HasParticipants(participants));
        }

        db.MethodicalEvents.Remove(e);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мероприятие «{e.Title}» удалено.");
    }

    /// <summary>
    /// Participants from the whole region, not only the user's scope (listed in docs/architecture.md): schools elsewhere
    /// record their teachers at a regional or neighbouring event, and a delete must not take their records with it.
    /// </summary>
    public static Task<int> ParticipantsAsync(PortalDbContext db, int id, CancellationToken ct) =>
        db.EventParticipations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).CountAsync(p => p.EventId == id, ct);

    /// <summary>Why an event with participants is not deleted; the confirmation page says it before the user tries.</summary>
    public static string HasParticipants(int participants) =>
        $"У мероприятия есть участники ({participants}): оно уже учтено в показателях. Удалите сначала записи об участии.";
}
