using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Data.Scoping;

/// <summary>
/// What the current user may see and change. <see cref="OrgPath"/> is the subtree prefix; null inside a region
/// means the whole region. <see cref="None"/> (the default for an anonymous request) sees nothing.
/// </summary>
public sealed record DataScope(ScopeLevel Level, int? RegionId = null, int? MunicipalityId = null, string? OrgPath = null)
{
    public static readonly DataScope None = new(ScopeLevel.None);
    public static readonly DataScope Global = new(ScopeLevel.Global);

    public bool IsGlobal => Level == ScopeLevel.Global;

    public static DataScope ForRegion(int regionId) => new(ScopeLevel.Region, regionId);

    public static DataScope ForMunicipality(int regionId, int municipalityId) =>
        new(ScopeLevel.Municipality, regionId, municipalityId, OrganizationPath.OfMunicipality(regionId, municipalityId));

    public static DataScope ForOrganization(Organization organization) =>
        new(ScopeLevel.Organization, organization.RegionId, organization.MunicipalityId, organization.Path);

    /// <summary>The scope a role gives a user attached to <paramref name="organization"/>; <see cref="None"/> when they don't fit.</summary>
    public static DataScope For(string role, Organization? organization)
    {
        if (!Roles.FitsOrganization(role, organization))
        {
            return None;
        }

        return Roles.ScopeOf(role) switch
        {
            ScopeLevel.Global => Global,
            ScopeLevel.Region => ForRegion(organization!.RegionId),
            ScopeLevel.Municipality => ForMunicipality(organization!.RegionId, organization.MunicipalityId!.Value),
            ScopeLevel.Organization => ForOrganization(organization!),
            _ => None,
        };
    }

    public bool ContainsRegion(int regionId) => IsGlobal || (Level != ScopeLevel.None && RegionId == regionId);

    public bool ContainsMunicipality(int regionId, int municipalityId) =>
        ContainsRegion(regionId) && (MunicipalityId is null || MunicipalityId == municipalityId);

    public bool ContainsPath(int regionId, string path) =>
        ContainsRegion(regionId) && (OrgPath is null || OrganizationPath.IsWithin(path, OrgPath));
}
