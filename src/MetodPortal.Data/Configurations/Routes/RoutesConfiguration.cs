using MetodPortal.Data.Configurations.Diagnostics;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Routes;

internal sealed class IndividualRouteConfiguration : IEntityTypeConfiguration<IndividualRoute>
{
    public void Configure(EntityTypeBuilder<IndividualRoute> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(2000);
        builder.Property(r => r.CancelReason).HasMaxLength(1000);
        builder.Ignore(r => r.IsClosed);
        builder.HasIndex(r => r.EducatorId);
        builder.HasIndex(r => new { r.OrganizationId, r.Status });
        builder.HasIndex(r => r.DiagnosticId);
        builder.HasOne(r => r.Educator).WithMany().HasForeignKey(r => r.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Diagnostic).WithMany().HasForeignKey(r => r.DiagnosticId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.TutorUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.ApprovedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RouteId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RouteItemConfiguration : IEntityTypeConfiguration<RouteItem>
{
    public void Configure(EntityTypeBuilder<RouteItem> builder)
    {
        builder.Property(i => i.Goal).HasMaxLength(1000);
        builder.Property(i => i.ExpectedResult).HasMaxLength(1000);
        builder.Property(i => i.EvidenceNote).HasMaxLength(2000);
        builder.Property(i => i.TutorComment).HasMaxLength(1000);
        builder.Property(i => i.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.RouteId);
        builder.HasIndex(i => new { i.EducatorId, i.Status, i.Deadline });
        Owned.Keys(builder);
        builder.HasOne(i => i.CompetenceArea).WithMany().HasForeignKey(i => i.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.ConfirmedByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Evidence).WithOne().HasForeignKey(e => e.RouteItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RouteEvidenceConfiguration : IEntityTypeConfiguration<RouteEvidence>
{
    public void Configure(EntityTypeBuilder<RouteEvidence> builder)
    {
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.HasIndex(e => e.RouteItemId);
        Owned.Keys(builder);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(e => e.UploadedByUserId).OnDelete(DeleteBehavior.Restrict);
    }
}
