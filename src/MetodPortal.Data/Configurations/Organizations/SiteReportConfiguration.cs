using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Organizations;

internal sealed class SiteParticipantConfiguration : IEntityTypeConfiguration<SiteParticipant>
{
    public void Configure(EntityTypeBuilder<SiteParticipant> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.Property(p => p.Workplace).HasMaxLength(300);
        builder.Property(p => p.Topic).HasMaxLength(500);
        builder.HasIndex(p => p.SiteId);
        builder.HasOne<OrganizationStatus>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SiteResultConfiguration : IEntityTypeConfiguration<SiteResult>
{
    public void Configure(EntityTypeBuilder<SiteResult> builder)
    {
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Link).HasMaxLength(500);
        builder.Property(r => r.FileName).HasMaxLength(255);
        builder.Property(r => r.ContentType).HasMaxLength(100);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => r.SiteId);
        builder.HasOne<OrganizationStatus>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SiteReportConfiguration : IEntityTypeConfiguration<SiteReport>
{
    public void Configure(EntityTypeBuilder<SiteReport> builder)
    {
        builder.Property(r => r.Done).HasMaxLength(8000);
        builder.Property(r => r.Results).HasMaxLength(8000);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.SiteId, r.Year }).IsUnique();
        builder.HasOne<OrganizationStatus>().WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
