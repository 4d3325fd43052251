using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

internal sealed class CompetenceAreaConfiguration : IEntityTypeConfiguration<CompetenceArea>
{
    public void Configure(EntityTypeBuilder<CompetenceArea> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(200);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.HasIndex(a => new { a.RegionId, a.Name }).IsUnique();
        builder.HasOne<Region>().WithMany().HasForeignKey(a => a.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

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

internal sealed class DiagnosticConfiguration : IEntityTypeConfiguration<Diagnostic>
{
    public void Configure(EntityTypeBuilder<Diagnostic> builder)
    {
        builder.Property(d => d.ConductedBy).HasMaxLength(200);
        builder.Property(d => d.Note).HasMaxLength(2000);
        builder.HasIndex(d => new { d.EducatorId, d.Date });
        builder.HasIndex(d => new { d.OrganizationId, d.Date });
        builder.HasOne(d => d.Instrument).WithMany().HasForeignKey(d => d.InstrumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Educator).WithMany().HasForeignKey(d => d.EducatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Organization).WithMany().HasForeignKey(d => d.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Scores).WithOne().HasForeignKey(s => s.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Deficits).WithOne().HasForeignKey(s => s.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(d => d.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DiagnosticScoreConfiguration : IEntityTypeConfiguration<DiagnosticScore>
{
    public void Configure(EntityTypeBuilder<DiagnosticScore> builder)
    {
        builder.Property(s => s.Score).HasPrecision(7, 2);
        builder.HasIndex(s => new { s.DiagnosticId, s.CompetenceAreaId }).IsUnique();
        Owned.Keys(builder);
        builder.HasOne(s => s.CompetenceArea).WithMany().HasForeignKey(s => s.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DiagnosticDeficitConfiguration : IEntityTypeConfiguration<DiagnosticDeficit>
{
    public void Configure(EntityTypeBuilder<DiagnosticDeficit> builder)
    {
        builder.Property(s => s.Note).HasMaxLength(1000);
        builder.HasIndex(s => new { s.DiagnosticId, s.CompetenceAreaId }).IsUnique();
        Owned.Keys(builder);
        builder.HasOne(s => s.CompetenceArea).WithMany().HasForeignKey(s => s.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>The keys every row about an educator carries of its own, with their foreign keys.</summary>
internal static class Owned
{
    public static void Keys<T>(EntityTypeBuilder<T> builder)
        where T : class, Domain.Scoping.IEducatorOwned
    {
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Educator>().WithMany().HasForeignKey(e => e.EducatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
