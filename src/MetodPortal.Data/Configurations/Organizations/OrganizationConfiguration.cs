using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Organizations;

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Path).HasMaxLength(200);
        builder.Property(o => o.Name).HasMaxLength(500).UseCollation(RussianText.Collation);
        builder.Property(o => o.ShortName).HasMaxLength(200).UseCollation(RussianText.Collation);
        builder.Property(o => o.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Type).HasConversion<string>().HasMaxLength(40);
        builder.Property(o => o.Inn).HasMaxLength(12);
        builder.Property(o => o.Address).HasMaxLength(500);
        builder.Ignore(o => o.DisplayName);

        // Subtree reads are prefix tests on the path; text_pattern_ops lets LIKE 'prefix%' use the index.
        builder.HasIndex(o => o.Path).HasOperators("text_pattern_ops");
        builder.HasIndex(o => new { o.RegionId, o.Name });

        builder.HasOne(o => o.Region).WithMany().HasForeignKey(o => o.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Municipality).WithMany().HasForeignKey(o => o.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.Parent).WithMany().HasForeignKey(o => o.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
