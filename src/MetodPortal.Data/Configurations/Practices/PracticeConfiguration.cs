using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Practices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> builder)
    {
        builder.Property(p => p.Title).HasMaxLength(500);
        builder.Property(p => p.Description).HasMaxLength(8000);
        builder.Property(p => p.AuthorNames).HasMaxLength(2000);
        builder.Property(p => p.Links).HasMaxLength(2000);
        builder.Property(p => p.ReturnReason).HasMaxLength(2000);
        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(p => new { p.RegionId, p.Status });
        builder.HasIndex(p => p.OrganizationId);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(p => p.Organization).WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(p => p.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Files).WithOne().HasForeignKey(f => f.PracticeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Reviews).WithOne().HasForeignKey(r => r.PracticeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PracticeFileConfiguration : IEntityTypeConfiguration<PracticeFile>
{
    public void Configure(EntityTypeBuilder<PracticeFile> builder)
    {
        builder.Property(f => f.FileName).HasMaxLength(255);
        builder.Property(f => f.ContentType).HasMaxLength(100);
        builder.HasIndex(f => f.PracticeId);
        builder.HasOne<Region>().WithMany().HasForeignKey(f => f.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeReviewConfiguration : IEntityTypeConfiguration<PracticeReview>
{
    public void Configure(EntityTypeBuilder<PracticeReview> builder)
    {
        builder.Property(r => r.Opinion).HasMaxLength(4000);
        builder.HasIndex(r => new { r.PracticeId, r.Round, r.ExpertId }).IsUnique();
        builder.HasIndex(r => r.ExpertId);
        builder.HasIndex(r => r.ExpertEducatorId);
        builder.HasOne(r => r.Expert).WithMany().HasForeignKey(r => r.ExpertId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(r => r.Total);
    }
}

internal sealed class PracticeCriterionConfiguration : IEntityTypeConfiguration<PracticeCriterion>
{
    public void Configure(EntityTypeBuilder<PracticeCriterion> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(300);
        builder.HasIndex(c => new { c.RegionId, c.SortOrder });
        builder.HasOne<Region>().WithMany().HasForeignKey(c => c.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ExpertConfiguration : IEntityTypeConfiguration<Expert>
{
    public void Configure(EntityTypeBuilder<Expert> builder)
    {
        builder.Property(e => e.Subjects).HasMaxLength(500);
        builder.Property(e => e.OrderNumber).HasMaxLength(50);
        builder.HasIndex(e => new { e.EducatorId, e.RegionId }).IsUnique();
        builder.HasIndex(e => e.OrganizationId);
        builder.HasIndex(e => e.CompetenceAreaIds).HasMethod("gin");
        builder.HasOne(e => e.Educator).WithMany().HasForeignKey(e => e.EducatorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Organization).WithMany().HasForeignKey(e => e.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Region>().WithMany().HasForeignKey(e => e.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
