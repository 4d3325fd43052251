using MetodPortal.Data.Notifications;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Notifications.UseCases;

internal static class NoticeArrange
{
    /// <summary>An unread notice to the user with <paramref name="email"/>: its id.</summary>
    public static async Task<int> NoticeAsync(PortalFactory factory, string email, string url = "/monitoring")
    {
        await using var db = factory.Db();
        var notice = new Notification
        {
            UserId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), Kind = NoticeKind.FormAccepted,
            Text = "Форма мониторинга принята.", Url = url, CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Notifications.Add(notice);
        await db.SaveChangesAsync();
        return notice.Id;
    }

    public static async Task<Notification> ReloadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.Notifications.AsNoTracking().SingleAsync(n => n.Id == id);
    }
}
