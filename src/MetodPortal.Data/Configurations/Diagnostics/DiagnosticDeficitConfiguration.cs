using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class DiagnosticDeficitConfiguration : IEntityTypeConfiguration<DiagnosticDeficit>
{
    public void Configure(EntityTypeBuilder<DiagnosticDeficit> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.HasIndex(s => new { s.DiagnosticId, s.CompetenceAreaId }).IsUnique();
        Owned.Keys(builder);
        builder.HasOne(s => s.CompetenceArea).WithMany().HasForeignKey(s => s.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
