using MetodPortal.Data.Identity;
using MetodPortal.Data.Security;
using MetodPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Security;

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
