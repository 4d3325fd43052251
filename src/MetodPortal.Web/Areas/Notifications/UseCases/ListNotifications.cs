using MetodPortal.Data;
using MetodPortal.Data.Notifications;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Notifications.UseCases;

public sealed class NotificationFilter
{
    public bool Unread { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record NotificationRow(int Id, NoticeKind Kind, string Text, string Url, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>The signed-in user's own notices, newest first; nobody reads another's.</summary>
public static class ListNotifications
{
    public static IQueryable<Notification> Mine(PortalDbContext db) => db.Notifications.Where(n => n.UserId == db.CurrentUser.UserId);

    public static Task<int> UnreadAsync(PortalDbContext db, CancellationToken ct) => Mine(db).CountAsync(n => n.ReadAt == null, ct);

    public static Task<Page<NotificationRow>> PageAsync(PortalDbContext db, NotificationFilter filter, CancellationToken ct) =>
        Mine(db).AsNoTracking().Where(n => !filter.Unread || n.ReadAt == null).OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id)
            .Select(n => new NotificationRow(n.Id, n.Kind, n.Text, n.Url, n.CreatedAt, n.ReadAt != null))
            .ToPageAsync(filter.Page, ct);
}
