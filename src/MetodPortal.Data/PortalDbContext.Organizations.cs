using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<SiteParticipant> SiteParticipants => Set<SiteParticipant>();
    public DbSet<SiteResult> SiteResults => Set<SiteResult>();
    public DbSet<SiteReport> SiteReports => Set<SiteReport>();

    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<OrganizationStatus> OrganizationStatuses => Set<OrganizationStatus>();

    /// <summary>
    /// Adds an organization and sets its materialized path, which ends with its own id (known on Add, see
    /// <see cref="KeySequence"/>). <paramref name="parent"/> is the organization it sits inside, if any.
    /// </summary>
    public Organization AddOrganization(Organization organization, Organization? parent = null)
    {
        Organizations.Add(organization);
        organization.ParentId = parent?.Id;
        organization.Path = OrganizationPath.Of(organization.RegionId, organization.MunicipalityId, parent?.Path, organization.Id);
        return organization;
    }
}
