using MetodPortal.Data.Identity;
using MetodPortal.Data.Security;
using MetodPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Security;

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.UserAgent).HasMaxLength(300);
        builder.Property(s => s.Address).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.ExpiresAt); // the purge
        builder.HasOne<AppUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SubmissionKeyConfiguration : IEntityTypeConfiguration<SubmissionKey>
{
    public void Configure(EntityTypeBuilder<SubmissionKey> builder)
    {
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(64);
        builder.Property(s => s.Location).HasMaxLength(2000);
        builder.HasIndex(s => s.TakenAt); // the purge
    }
}

internal sealed class AccessRecordConfiguration : IEntityTypeConfiguration<AccessRecord>
{
    public void Configure(EntityTypeBuilder<AccessRecord> builder)
    {
        builder.Property(a => a.UserName).HasMaxLength(256);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.Subject).HasMaxLength(1000);
        builder.Property(a => a.Address).HasMaxLength(64);

        // The log page lists newest first, narrowed by region, person or user; the purge goes by date.
        builder.HasIndex(a => new { a.RegionId, a.At });
        builder.HasIndex(a => new { a.EducatorId, a.At });
        builder.HasIndex(a => new { a.UserId, a.At });
        builder.HasIndex(a => a.At);
    }
}
