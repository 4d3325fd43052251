using MetodPortal.Data.Configurations.Diagnostics;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Routes;

internal sealed class RouteItemConfiguration : IEntityTypeConfiguration<RouteItem>
{
    public void Configure(EntityTypeBuilder<RouteItem> builder)
    {
        builder.Property(i => i.Goal).HasMaxLength(1000);
        builder.Property(i => i.ExpectedResult).HasMaxLength(1000);
        builder.Property(i => i.EvidenceNote).HasMaxLength(2000);
        builder.Property(i => i.TutorComment).HasMaxLength(1000);
        builder.Property(i => i.Form).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(i => i.RouteId);
        builder.HasIndex(i => new { i.EducatorId, i.Status, i.Deadline });
        Owned.Keys(builder);
        builder.HasOne(i => i.CompetenceArea).WithMany().HasForeignKey(i => i.CompetenceAreaId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(i => i.ConfirmedByUserId).OnDelete(DeleteBehavior.Restrict);
        // An offer or a record that goes away leaves the item (and its history) in place, unlinked.
        builder.HasOne(i => i.Cohort).WithMany().HasForeignKey(i => i.CohortId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Event).WithMany().HasForeignKey(i => i.EventId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Community).WithMany().HasForeignKey(i => i.CommunityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Site).WithMany().HasForeignKey(i => i.SiteId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Practice).WithMany().HasForeignKey(i => i.PracticeId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Pair).WithMany().HasForeignKey(i => i.PairId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Completion).WithMany().HasForeignKey(i => i.CompletionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Participation).WithMany().HasForeignKey(i => i.ParticipationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(i => i.Membership).WithMany().HasForeignKey(i => i.MembershipId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Evidence).WithOne().HasForeignKey(e => e.RouteItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
