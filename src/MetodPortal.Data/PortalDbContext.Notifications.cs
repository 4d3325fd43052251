using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NoticeChoice> NoticeChoices => Set<NoticeChoice>();
    public DbSet<OutboxMail> OutboxMails => Set<OutboxMail>();
}
