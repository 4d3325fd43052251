using MetodPortal.Data.Configurations.Diagnostics;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Routes;

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
