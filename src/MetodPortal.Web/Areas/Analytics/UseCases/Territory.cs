using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Analytics.UseCases;

/// <summary>Where the figures are counted: the user's scope, narrowed to a municipality or an organization of it, in a year.</summary>
public sealed record Territory(int Year, int? MunicipalityId, int? OrganizationId)
{
    public DateOnly From => new(Year, 1, 1);
    public DateOnly To => new(Year, 12, 31);

    /// <summary>The address's query for the same territory (and another year).</summary>
    public string Query(int? year = null) =>
        $"year={year ?? Year}" + (MunicipalityId is { } m ? $"&municipalityId={m}" : "") + (OrganizationId is { } o ? $"&organizationId={o}" : "");

    /// <summary>The territory asked for: a municipality or an organization of the user's scope (another's is none: not found); a municipal
    /// user's own municipality when none is named.</summary>
    public static async Task<Territory?> AskedAsync(
        PortalDbContext db, ClaimsPrincipal user, int? year, int? municipalityId, int? organizationId, DateOnly today, CancellationToken ct)
    {
        if (!await Workplaces.MayNameAsync(db, organizationId, municipalityId, ct))
        {
            return null;
        }

        var scope = user.Scope();
        municipalityId ??= organizationId is null && scope.Level is ScopeLevel.Municipality or ScopeLevel.Organization ? scope.MunicipalityId : null;
        return new Territory(year ?? today.Year, organizationId is null ? municipalityId : null, organizationId);
    }
}
