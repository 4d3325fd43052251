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
