using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

/// <summary>Changing an event: the organizer stays; a contest with winners stays a contest.</summary>
public sealed class ReviseEvent(PortalDbContext db, RecordAccess access, IValidator<EventForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, EventForm form, CancellationToken ct)
    {
        var e = await ManagedEvent.LoadAsync(db, access, id, ct);
        if (e is null)
        {
            return Outcome.NotFound;
        }

        form.OrganizationId = e.OrganizationId;
        form.HasWinners = await db.EventParticipations.AnyAsync(p => p.EventId == id && p.Role == ParticipationRole.Winner, ct);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(e);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
