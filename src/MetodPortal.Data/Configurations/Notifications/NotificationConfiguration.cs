using MetodPortal.Data.Identity;
using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Notifications;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(n => n.Text).HasMaxLength(1000);
        builder.Property(n => n.Url).HasMaxLength(300);
        builder.Property(n => n.Key).HasMaxLength(100);

        // The bell counts a user's unread notices on every page; the list shows them newest first.
        builder.HasIndex(n => new { n.UserId, n.CreatedAt });
        builder.HasIndex(n => n.UserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
        // A reminder once per user, whichever process runs the reminders.
        builder.HasIndex(n => new { n.UserId, n.Key }).IsUnique().HasFilter("key IS NOT NULL");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(n => n.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
