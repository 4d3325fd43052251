using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Mentoring;

internal sealed class MentorConfiguration : IEntityTypeConfiguration<Mentor>
{
    public void Configure(EntityTypeBuilder<Mentor> builder)
    {
        builder.Property(m => m.Note).HasMaxLength(1000);
        builder.HasIndex(m => new { m.EducatorId, m.OrganizationId }).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        // Rows written before the tags existed have none.
        builder.Property(m => m.CompetenceAreaIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(m => m.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(m => m.Educator).WithMany().HasForeignKey(m => m.EducatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
