using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations;

/// <summary>The demo sites by their level and municipality (Хабаровск's school № 12 is a regional innovation site, the gymnasium a municipal
/// internship site; Комсомольск's lyceum a regional internship site).</summary>
internal static class SeededSites
{
    public static async Task<OrganizationStatus> SiteAsync(PortalFactory factory, string municipality, OrganizationStatusLevel level)
    {
        await using var db = factory.Db();
        return await db.OrganizationStatuses.AsNoTracking().Include(s => s.Organization)
            .FirstAsync(s => s.Organization!.Municipality!.Code == municipality && s.Level == level);
    }
}
