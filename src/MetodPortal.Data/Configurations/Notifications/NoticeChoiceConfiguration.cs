using MetodPortal.Data.Identity;
using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Notifications;

internal sealed class NoticeChoiceConfiguration : IEntityTypeConfiguration<NoticeChoice>
{
    public void Configure(EntityTypeBuilder<NoticeChoice> builder)
    {
        builder.HasKey(c => new { c.UserId, c.Kind });
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
