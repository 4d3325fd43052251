using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class DiagnosticInstrumentConfiguration : IEntityTypeConfiguration<DiagnosticInstrument>
{
    public void Configure(EntityTypeBuilder<DiagnosticInstrument> builder)
    {
        builder.Property(i => i.Title).HasMaxLength(300);
        builder.Property(i => i.Provider).HasMaxLength(300);
        builder.Property(i => i.Description).HasMaxLength(2000);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Usage).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => new { i.RegionId, i.Title }).IsUnique();
        builder.HasMany(i => i.Areas).WithOne().HasForeignKey(a => a.InstrumentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(i => i.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
