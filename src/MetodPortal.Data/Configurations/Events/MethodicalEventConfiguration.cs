using MetodPortal.Domain.Events;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Events;

internal sealed class MethodicalEventConfiguration : IEntityTypeConfiguration<MethodicalEvent>
{
    public void Configure(EntityTypeBuilder<MethodicalEvent> builder)
    {
        builder.Property(e => e.Title).HasMaxLength(500);
        builder.Property(e => e.Place).HasMaxLength(500);
        builder.Property(e => e.Link).HasMaxLength(500);
        builder.Property(e => e.Description).HasMaxLength(2000);
        builder.Property(e => e.Form).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(e => new { e.RegionId, e.StartsOn });
        builder.HasIndex(e => e.OrganizationId);
        // Rows written before the tags existed have none.
        builder.Property(e => e.CompetenceAreaIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(e => e.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Municipality).WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(e => e.Participations).WithOne(p => p.Event).HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
