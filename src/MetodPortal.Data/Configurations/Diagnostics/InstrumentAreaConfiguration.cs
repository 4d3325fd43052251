using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class InstrumentAreaConfiguration : IEntityTypeConfiguration<InstrumentArea>
{
    public void Configure(EntityTypeBuilder<InstrumentArea> builder)
    {
        builder.Property(a => a.MaxScore).HasPrecision(7, 2);
        builder.Property(a => a.Threshold).HasPrecision(7, 2);
        builder.HasIndex(a => new { a.InstrumentId, a.CompetenceAreaId }).IsUnique();
        builder.HasOne(a => a.CompetenceArea).WithMany().HasForeignKey(a => a.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
