using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class DiagnosticConfiguration : IEntityTypeConfiguration<Diagnostic>
{
    public void Configure(EntityTypeBuilder<Diagnostic> builder)
    {
        builder.Property(d => d.ConductedBy).HasMaxLength(200);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasIndex(d => new { d.EducatorId, d.Date });
        builder.HasIndex(d => new { d.OrganizationId, d.Date });
        builder.HasOne(d => d.Instrument).WithMany().HasForeignKey(d => d.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Educator).WithMany().HasForeignKey(d => d.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Scores).WithOne().HasForeignKey(s => s.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Deficits).WithOne().HasForeignKey(s => s.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
