using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Data.Scoping;

/// <summary>
/// What the current user may see and change. <see cref="OrgPath"/> is the subtree prefix; null inside a region
/// means the whole region. <see cref="SelfEducatorId"/>, set for a teacher, narrows rows about educators to that one
/// person (0 when the account is linked to nobody). <see cref="None"/> (the default for an anonymous request) sees nothing.
/// </summary>
public sealed record DataScope(ScopeLevel Level, int? RegionId = null, int? MunicipalityId = null, string? OrgPath = null, int? SelfEducatorId = null)
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
    public static DataScope For(string role, Organization? organization, int? educatorId = null)
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
            ScopeLevel.Organization when role == Roles.Teacher => ForOrganization(organization!) with { SelfEducatorId = educatorId ?? 0 },
            ScopeLevel.Organization => ForOrganization(organization!),
            _ => None,
        };
    }

    public bool ContainsRegion(int regionId) => IsGlobal || (Level != ScopeLevel.None && RegionId == regionId);

    public bool ContainsMunicipality(int regionId, int municipalityId) =>
        ContainsRegion(regionId) && (MunicipalityId is null || MunicipalityId == municipalityId);

    /// <summary>Whether a row about this educator is within reach of a user limited to themselves (always, for everyone else).</summary>
    public bool ContainsEducator(int educatorId) => SelfEducatorId is null || SelfEducatorId == educatorId;

    public bool ContainsPath(int regionId, string path) =>
        ContainsRegion(regionId) && (OrgPath is null || OrganizationPath.IsWithin(path, OrgPath));
}
