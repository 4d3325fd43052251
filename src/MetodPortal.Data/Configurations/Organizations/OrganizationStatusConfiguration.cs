using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Organizations;

internal sealed class OrganizationStatusConfiguration : IEntityTypeConfiguration<OrganizationStatus>
{
    public void Configure(EntityTypeBuilder<OrganizationStatus> builder)
    {
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Theme).HasMaxLength(1000);
        builder.Property(s => s.OrderNumber).HasMaxLength(100);
        // Rows written before the tags existed have none.
        builder.Property(s => s.CompetenceAreaIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(s => s.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(s => s.Organization).WithMany(o => o.Statuses).HasForeignKey(s => s.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
