using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Plan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Plan;

internal sealed class MeasurePlanConfiguration : IEntityTypeConfiguration<MeasurePlan>
{
    public void Configure(EntityTypeBuilder<MeasurePlan> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.ApprovedBy).HasMaxLength(500);
        builder.HasIndex(p => new { p.RegionId, p.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PlanMeasureConfiguration : IEntityTypeConfiguration<PlanMeasure>
{
    public void Configure(EntityTypeBuilder<PlanMeasure> builder)
    {
        builder.Property(m => m.DirectionTitle).HasMaxLength(500);
        builder.Property(m => m.Number).HasMaxLength(20);
        builder.Property(m => m.Title).HasMaxLength(2000);
        builder.Property(m => m.Responsible).HasMaxLength(2000);
        builder.Property(m => m.Executors).HasMaxLength(2000);
        builder.Property(m => m.DeadlineText).HasMaxLength(300);
        builder.Property(m => m.ExpectedResult).HasMaxLength(2000);
        builder.Property(m => m.TargetValue).HasPrecision(9, 2);
        builder.Property(m => m.Deadline).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.TargetCount).HasConversion<string>().HasMaxLength(30);
        builder.Property(m => m.ResponsibleIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.Property(m => m.ExecutorUserIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(m => m.PlanId);
        builder.HasIndex(m => m.ResponsibleIds).HasMethod("gin");
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(m => m.Occurrences).WithOne(o => o.Measure).HasForeignKey(o => o.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MeasureOccurrenceConfiguration : IEntityTypeConfiguration<MeasureOccurrence>
{
    public void Configure(EntityTypeBuilder<MeasureOccurrence> builder)
    {
        builder.Property(o => o.Key).HasMaxLength(40);
        builder.Property(o => o.Period).HasMaxLength(100);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Report).HasMaxLength(8000);
        builder.Property(o => o.Link).HasMaxLength(500);
        builder.Property(o => o.FileName).HasMaxLength(255);
        builder.Property(o => o.ContentType).HasMaxLength(100);
        builder.Property(o => o.ReportedBy).HasMaxLength(300);
        builder.HasIndex(o => new { o.MeasureId, o.Key }).IsUnique();
        builder.HasIndex(o => o.CampaignId);
        builder.HasOne<MonitoringCampaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AnalyticReportConfiguration : IEntityTypeConfiguration<AnalyticReport>
{
    public void Configure(EntityTypeBuilder<AnalyticReport> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ReviewComment).HasMaxLength(2000);
        builder.Property(r => r.IssuedBy).HasMaxLength(300);
        builder.HasIndex(r => r.CampaignId).IsUnique();
        builder.HasOne<MonitoringCampaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sections).WithOne().HasForeignKey(s => s.ReportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AnalyticSectionConfiguration : IEntityTypeConfiguration<AnalyticSection>
{
    public void Configure(EntityTypeBuilder<AnalyticSection> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(40);
        builder.Property(s => s.Text).HasMaxLength(20000);
        builder.HasIndex(s => new { s.ReportId, s.Key }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
