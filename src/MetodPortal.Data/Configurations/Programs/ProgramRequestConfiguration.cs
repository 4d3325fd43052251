using MetodPortal.Data.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Programs;

internal sealed class ProgramRequestConfiguration : IEntityTypeConfiguration<ProgramRequest>
{
    public void Configure(EntityTypeBuilder<ProgramRequest> builder)
    {
        builder.Property(r => r.Topic).HasMaxLength(500);
        builder.Property(r => r.Period).HasMaxLength(200);
        builder.Property(r => r.Answer).HasMaxLength(2000);
        builder.Property(r => r.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(r => new { r.RegionId, r.Status, r.CompetenceAreaId });
        builder.HasIndex(r => r.OrganizationId);
        builder.HasOne(r => r.Organization).WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.CompetenceArea).WithMany().HasForeignKey(r => r.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Program).WithMany().HasForeignKey(r => r.ProgramId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Cohort).WithMany().HasForeignKey(r => r.CohortId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.FiledByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(r => r.AnsweredByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
