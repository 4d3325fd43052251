using MetodPortal.Data.Identity;
using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Notifications;

internal sealed class OutboxMailConfiguration : IEntityTypeConfiguration<OutboxMail>
{
    public void Configure(EntityTypeBuilder<OutboxMail> builder)
    {
        builder.Property(m => m.To).HasMaxLength(256);
        builder.Property(m => m.Subject).HasMaxLength(300);
        builder.Property(m => m.LastError).HasMaxLength(1000);

        // The sender looks only at what is still to go, by when it may be tried.
        builder.HasIndex(m => m.NextAttemptAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_outbox_mails_pending");
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}
