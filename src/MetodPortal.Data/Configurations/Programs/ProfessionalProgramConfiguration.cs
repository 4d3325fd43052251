using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Programs;

internal sealed class ProfessionalProgramConfiguration : IEntityTypeConfiguration<ProfessionalProgram>
{
    public void Configure(EntityTypeBuilder<ProfessionalProgram> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Provider).HasMaxLength(300);
        builder.Property(p => p.ExpertiseProtocolNumber).HasMaxLength(100);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Format).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => p.RegionId);
        // Rows written before the tags existed have none.
        builder.Property(p => p.CompetenceAreaIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.Property(p => p.ExpertIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(p => p.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
