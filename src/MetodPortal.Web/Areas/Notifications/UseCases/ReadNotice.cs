using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Notifications.UseCases;

/// <summary>Opening one of the user's notices marks it read; its page is the outcome's <c>Message</c>. Another user's notice is not found.</summary>
public sealed class ReadNotice(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var notice = await ListNotifications.Mine(db).FirstOrDefaultAsync(n => n.Id == id, ct);
        if (notice is null)
        {
            return Outcome.NotFound;
        }

        notice.ReadAt ??= clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Done(notice.Url);
    }
}
