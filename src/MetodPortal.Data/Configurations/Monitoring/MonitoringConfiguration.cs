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

internal sealed class MonitoringFormEventConfiguration : IEntityTypeConfiguration<MonitoringFormEvent>
{
    public void Configure(EntityTypeBuilder<MonitoringFormEvent> builder)
    {
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.UserName).HasMaxLength(200);
        builder.Property(e => e.Comment).HasMaxLength(2000);
        builder.HasIndex(e => e.FormId);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.Value).HasColumnType("numeric(5,2)");
        builder.Property(r => r.Threshold).HasColumnType("numeric(5,2)");

        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);

        // One recommendation per target, indicator and source in a campaign (a null target column never clashes).
        builder.HasIndex(r => new { r.OrganizationId, r.CampaignId, r.Indicator, r.Source }).IsUnique();
        builder.HasIndex(r => new { r.MunicipalityId, r.CampaignId, r.Indicator, r.Source }).IsUnique();
        builder.HasIndex(r => r.CampaignId);
        builder.HasOne(r => r.Campaign).WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
