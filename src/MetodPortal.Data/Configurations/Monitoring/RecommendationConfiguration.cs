using MetodPortal.Data.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Monitoring;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Text).HasMaxLength(4000);
        builder.Property(r => r.Answer).HasMaxLength(4000);
        builder.Property(r => r.AnsweredBy).HasMaxLength(300);
        builder.Property(r => r.Value).HasColumnType("numeric(5,2)");
        builder.Property(r => r.Threshold).HasColumnType("numeric(5,2)");

        builder.Property(r => r.Source).HasConversion<string>().HasMaxLength(20);

        // One recommendation per target, indicator and source in a campaign (a null target column never clashes).
        builder.HasIndex(r => new { r.OrganizationId, r.CampaignId, r.Indicator, r.Source }).IsUnique();
        builder.HasIndex(r => new { r.MunicipalityId, r.CampaignId, r.Indicator, r.Source }).IsUnique();
        builder.HasIndex(r => r.CampaignId);
        builder.HasOne(r => r.Campaign).WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organization>().WithMany().HasForeignKey(r => r.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Region>().WithMany().HasForeignKey(r => r.RegionId).OnDelete(DeleteBehavior.Restrict);
    }
}
