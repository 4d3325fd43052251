using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Notifications.UseCases;

/// <summary>«Отметить все прочитанными»: the user's unread notices, in one statement.</summary>
public sealed class ReadAllNotices(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var read = await ListNotifications.Mine(db).Where(n => n.ReadAt == null).ExecuteUpdateAsync(n => n.SetProperty(x => x.ReadAt, now), ct);
        return Outcome.Done(read == 0 ? "Непрочитанных уведомлений нет." : $"Прочитано: {read}.");
    }
}
