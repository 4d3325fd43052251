using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Communities;

internal sealed class CommunityConfiguration : IEntityTypeConfiguration<Community>
{
    public void Configure(EntityTypeBuilder<Community> builder)
    {
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.SubjectArea).HasMaxLength(200);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasIndex(c => new { c.RegionId, c.MunicipalityId });
        // Rows written before the tags existed have none.
        builder.Property(c => c.CompetenceAreaIds).HasDefaultValueSql("ARRAY[]::integer[]");
        builder.HasIndex(c => c.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(c => c.Organization).WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Memberships).WithOne(m => m.Community).HasForeignKey(m => m.CommunityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CommunityMembershipConfiguration : IEntityTypeConfiguration<CommunityMembership>
{
    public void Configure(EntityTypeBuilder<CommunityMembership> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.CommunityId);
        builder.HasIndex(m => m.EducatorId);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Educator).WithMany().HasForeignKey(m => m.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.Organization).WithMany().HasForeignKey(m => m.OrganizationId).OnDelete(DeleteBehavior.Restrict);
    }
}
