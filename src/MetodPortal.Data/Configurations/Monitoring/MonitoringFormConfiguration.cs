using MetodPortal.Data.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Monitoring;

internal sealed class MonitoringFormConfiguration : IEntityTypeConfiguration<MonitoringForm>
{
    public void Configure(EntityTypeBuilder<MonitoringForm> builder)
    {
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.DiscrepancyComment).HasMaxLength(2000);
        builder.Property(f => f.ReviewComment).HasMaxLength(2000);
        builder.ComplexProperty(f => f.Declared);
        builder.HasIndex(f => new { f.CampaignId, f.OrganizationId }).IsUnique();
        builder.HasIndex(f => f.OrganizationId);
        builder.HasOne(f => f.Campaign).WithMany().HasForeignKey(f => f.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(f => f.Organization).WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(f => f.History).WithOne().HasForeignKey(e => e.FormId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
