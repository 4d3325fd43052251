using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Staff;

internal sealed class EducatorConfiguration : IEntityTypeConfiguration<Educator>
{
    public void Configure(EntityTypeBuilder<Educator> builder)
    {
        builder.Property(e => e.LastName).HasMaxLength(100).UseCollation(RussianText.Collation);
        builder.Property(e => e.FirstName).HasMaxLength(100).UseCollation(RussianText.Collation);
        builder.Property(e => e.MiddleName).HasMaxLength(100).UseCollation(RussianText.Collation);
        builder.Property(e => e.Position).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Email).HasMaxLength(256);
        builder.Property(e => e.MatchKey).HasMaxLength(400);
        builder.Ignore(e => e.FullName);

        // One person per region: the same full name and birth date is the same educator.
        builder.HasIndex(e => new { e.RegionId, e.MatchKey }).IsUnique();
        builder.HasIndex(e => new { e.RegionId, e.LastName, e.FirstName });
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class EmploymentConfiguration : IEntityTypeConfiguration<Employment>
{
    public void Configure(EntityTypeBuilder<Employment> builder)
    {
        builder.Property(e => e.Position).HasConversion<string>().HasMaxLength(40);
        builder.Property(e => e.PersonnelNumber).HasMaxLength(50);
        builder.HasIndex(e => new { e.OrganizationId, e.PersonnelNumber }).IsUnique().HasFilter("personnel_number IS NOT NULL");
        builder.HasIndex(e => e.EducatorId);
        builder.HasIndex(e => e.OrganizationId); // the unique index above skips rows without a personnel number
        builder.HasOne(e => e.Educator).WithMany(e => e.Employments).HasForeignKey(e => e.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CategoryAssignmentConfiguration : IEntityTypeConfiguration<CategoryAssignment>
{
    public void Configure(EntityTypeBuilder<CategoryAssignment> builder)
    {
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => c.EducatorId);
        builder.HasOne<Educator>().WithMany().HasForeignKey(c => c.EducatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
