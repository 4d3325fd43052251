using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class DiagnosticScoreConfiguration : IEntityTypeConfiguration<DiagnosticScore>
{
    public void Configure(EntityTypeBuilder<DiagnosticScore> builder)
    {
        builder.Property(s => s.Score).HasPrecision(7, 2);
        builder.HasIndex(s => new { s.DiagnosticId, s.CompetenceAreaId }).IsUnique();
        Owned.Keys(builder);
        builder.HasOne(s => s.CompetenceArea).WithMany().HasForeignKey(s => s.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}
