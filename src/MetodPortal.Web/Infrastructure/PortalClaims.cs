using System.Globalization;
using System.Security.Claims;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The claims a signed-in user carries: who they are and the scope they were given at sign-in. Changing a user's
/// role or organization renews their security stamp, which ends the session, so the claims never go stale.
/// </summary>
public static class PortalClaims
{
    public const string FullName = "mp:full_name";
    public const string OrganizationId = "mp:org";
    public const string ScopeLevel = "mp:scope";
    public const string RegionId = "mp:region";
    public const string MunicipalityId = "mp:municipality";
    public const string ScopePath = "mp:path";
    public const string SelfEducatorId = "mp:educator";

    public static IEnumerable<Claim> ForScope(DataScope scope, int? organizationId)
    {
        yield return new Claim(ScopeLevel, scope.Level.ToString());
        if (organizationId is { } org)
        {
            yield return new Claim(OrganizationId, Invariant(org));
        }

        if (scope.RegionId is { } region)
        {
            yield return new Claim(RegionId, Invariant(region));
        }

        if (scope.MunicipalityId is { } municipality)
        {
            yield return new Claim(MunicipalityId, Invariant(municipality));
        }

        if (scope.OrgPath is { } path)
        {
            yield return new Claim(ScopePath, path);
        }

        if (scope.SelfEducatorId is { } educator)
        {
            yield return new Claim(SelfEducatorId, Invariant(educator));
        }
    }

    /// <summary>The acting user and their scope; an anonymous or malformed principal sees nothing.</summary>
    public static CurrentUser ToCurrentUser(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true
            || !int.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), NumberStyles.None, CultureInfo.InvariantCulture, out var userId)
            || !Enum.TryParse<ScopeLevel>(principal.FindFirstValue(ScopeLevel), out var level))
        {
            return CurrentUser.Anonymous;
        }

        var scope = new DataScope(level, Int(principal, RegionId), Int(principal, MunicipalityId), principal.FindFirstValue(ScopePath),
            Int(principal, SelfEducatorId));
        var valid = level switch
        {
            Domain.Scoping.ScopeLevel.Global => true,
            Domain.Scoping.ScopeLevel.Region => scope.RegionId is not null,
            Domain.Scoping.ScopeLevel.Municipality or Domain.Scoping.ScopeLevel.Organization => scope.RegionId is not null && scope.OrgPath is not null,
            _ => false,
        };
        return new CurrentUser(userId, principal.Identity.Name, valid ? scope : DataScope.None);
    }

    public static DataScope Scope(this ClaimsPrincipal principal) => principal.ToCurrentUser().Scope;

    /// <summary>The user's name as documents sign it.</summary>
    public static string FullNameOf(this ClaimsPrincipal principal) => principal.FindFirst(FullName)?.Value ?? principal.Identity?.Name ?? "";

    public static int? OrganizationIdOf(this ClaimsPrincipal principal) => Int(principal, OrganizationId);

    /// <summary>The acting user's id (null when anonymous).</summary>
    public static int? UserIdOf(this ClaimsPrincipal principal) => principal.ToCurrentUser().UserId;

    private static int? Int(ClaimsPrincipal principal, string type) =>
        int.TryParse(principal.FindFirstValue(type), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
