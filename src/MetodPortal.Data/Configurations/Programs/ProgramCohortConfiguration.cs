using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Programs;

internal sealed class ProgramCohortConfiguration : IEntityTypeConfiguration<ProgramCohort>
{
    public void Configure(EntityTypeBuilder<ProgramCohort> builder)
    {
        builder.Property(c => c.Place).HasMaxLength(300);
        builder.HasIndex(c => new { c.ProgramId, c.StartsOn });
        builder.HasIndex(c => new { c.RegionId, c.StartsOn });
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Program).WithMany(p => p.Cohorts).HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
