using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Programs;

internal sealed class ProgramCompletionConfiguration : IEntityTypeConfiguration<ProgramCompletion>
{
    public void Configure(EntityTypeBuilder<ProgramCompletion> builder)
    {
        builder.Property(c => c.CertificateNumber).HasMaxLength(100);
        builder.HasIndex(c => new { c.EducatorId, c.ProgramId, c.CompletedOn }).IsUnique();
        builder.HasIndex(c => c.ProgramId);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Educator).WithMany().HasForeignKey(c => c.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
