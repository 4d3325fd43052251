using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MetodPortal.Data.Configurations.Diagnostics;

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
