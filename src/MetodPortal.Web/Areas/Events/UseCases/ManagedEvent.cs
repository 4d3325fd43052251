using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

/// <summary>An event the user may change (<see cref="Operations.Manage"/>): its organizer inside the user's subtree; reading it region-wide is not
/// enough.</summary>
public static class ManagedEvent
{
    /// <summary>The event, tracked; null when it is not there or not the user's to change.</summary>
    public static async Task<MethodicalEvent?> LoadAsync(PortalDbContext db, RecordAccess access, int id, CancellationToken ct)
    {
        var e = await db.MethodicalEvents.FirstOrDefaultAsync(x => x.Id == id, ct);
        return e is not null && await access.MayManageAsync(e) ? e : null;
    }
}
