using System.Globalization;

namespace MetodPortal.Domain.Organizations;

/// <summary>
/// Builds the materialized path of an organization: <c>{region}.{municipality or 0}.{id}.</c>, and for an organization
/// inside another one the parent's path plus its own id. The scope of a region is <c>{region}.</c>, of a
/// municipality <c>{region}.{municipality}.</c>, of an organization its own path, so every scope is a path prefix.
/// </summary>
public static class OrganizationPath
{
    public static string OfRegion(int regionId) => Segment(regionId);

    public static string OfMunicipality(int regionId, int? municipalityId) =>
        Segment(regionId) + Segment(municipalityId ?? 0);

    public static string Of(int regionId, int? municipalityId, string? parentPath, int organizationId) =>
        (parentPath ?? OfMunicipality(regionId, municipalityId)) + Segment(organizationId);

    /// <summary>Whether <paramref name="path"/> lies inside the subtree that <paramref name="scopePrefix"/> names.</summary>
    public static bool IsWithin(string path, string scopePrefix) =>
        path.StartsWith(scopePrefix, StringComparison.Ordinal);

    private static string Segment(int id) => id.ToString(CultureInfo.InvariantCulture) + ".";
}
