using MetodPortal.Data.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Monitoring;

internal sealed class MonitoringCampaignConfiguration : IEntityTypeConfiguration<MonitoringCampaign>
{
    public void Configure(EntityTypeBuilder<MonitoringCampaign> builder)
    {
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Thresholds).HasColumnType("numeric(5,2)[]");
        builder.HasIndex(c => new { c.RegionId, c.Year }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
