using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Organizations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(20);
        builder.Property(m => m.Name).HasMaxLength(300).UseCollation(RussianText.Collation);
        builder.Property(m => m.Kind).HasMaxLength(100);
        builder.Property(m => m.AdministrativeCentre).HasMaxLength(200);
        builder.HasIndex(m => new { m.RegionId, m.Code }).IsUnique();
        builder.HasOne(m => m.Region).WithMany(r => r.Municipalities).HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
