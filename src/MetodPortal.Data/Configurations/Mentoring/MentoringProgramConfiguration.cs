using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Mentoring;

internal sealed class MentoringProgramConfiguration : IEntityTypeConfiguration<MentoringProgram>
{
    public void Configure(EntityTypeBuilder<MentoringProgram> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.OrderNumber).HasMaxLength(100);
        builder.HasIndex(p => p.OrganizationId);
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Curator).WithMany().HasForeignKey(p => p.CuratorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(p => p.Pairs).WithOne(p => p.Program).HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
