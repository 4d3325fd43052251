using System.Linq.Expressions;
using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public enum FigureLevel
{
    Region = 1,
    Municipality = 2,
    Organization = 3,
}

/// <summary>A municipality or an organization (<see cref="IsOrganization"/>) with its counts; none when it has no accepted form (or nobody in the
/// registry).</summary>
public sealed record FigureRow(int? Id, string Name, bool IsOrganization, int? MunicipalityId, IndicatorCounts? Counts);

/// <summary>
/// The figures of one place — the region, a municipality or an organization — and of the places one level down;
/// <see cref="Counts"/> holds every row of the engine call they come from.
/// </summary>
public sealed record Figures(FigureLevel Level, FigureRow Total, IReadOnlyList<FigureRow> Children, int? MunicipalityId, int? OrganizationId,
    IReadOnlyDictionary<(IndicatorLevel Level, int? Id), IndicatorCounts> Counts);

/// <summary>
/// The one engine call behind the dashboard, the reports and the recommendations: the figures of a campaign from the
/// accepted forms or from the registry, in the user's scope, arranged for one place and its children.
/// </summary>
public static class ScopeFigures
{
    public static async Task<List<IndicatorRow>> ComputeAsync(PortalDbContext db, MonitoringCampaign campaign, IndicatorSource source, CancellationToken ct) =>
        source == IndicatorSource.Registry
            ? await RegistryIndicators.ComputeAsync(db, campaign.RegionId, campaign.Year, campaign.ReportingDate, ct)
            : await DeclaredIndicators.ComputeAsync(db, campaign.Id, ct);

    /// <returns>null when the organization or municipality asked for is not in the user's scope (or does not count in indicators).</returns>
    public static async Task<Figures?> LoadAsync(PortalDbContext db, MonitoringCampaign campaign, IndicatorSource source, int? municipalityId,
        int? organizationId,
        CancellationToken ct)
    {
        var rows = await ComputeAsync(db, campaign, source, ct);
        var counts = rows.ToDictionary(r => (r.Level, r.Id), r => r.Counts);
        if (organizationId is { } orgId)
        {
            var organization = await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == orgId && o.CountsInIndicators, ct);
            return organization is null
                ? null
                : new Figures(FigureLevel.Organization,
                    new FigureRow(orgId, organization.Name, true, organization.MunicipalityId, counts.GetValueOrDefault((IndicatorLevel.Organization, orgId))),
                    [], organization.MunicipalityId, orgId, counts);
        }

        var names = await PublicNames.MunicipalitiesAsync(db, ct);
        if (municipalityId is { } m)
        {
            return !await db.Municipalities.AnyAsync(x => x.Id == m, ct)
                ? null
                : new Figures(FigureLevel.Municipality,
                    new FigureRow(m, names.Of(m), false, m, counts.GetValueOrDefault((IndicatorLevel.Municipality, (int?)m))),
                    await OrganizationRowsAsync(db, o => o.MunicipalityId == m, counts, ct), m, null, counts);
        }

        var region = await db.Regions.Where(r => r.Id == campaign.RegionId).Select(r => r.Name).FirstAsync(ct);
        return new Figures(FigureLevel.Region, new FigureRow(null, region, false, null, counts.GetValueOrDefault((IndicatorLevel.Region, (int?)null))),
        [
            .. names.OrderBy(n => n.Value, StringComparer.Create(Display.Russian, false))
                .Select(n => new FigureRow(n.Key, n.Value, false, n.Key, counts.GetValueOrDefault((IndicatorLevel.Municipality, (int?)n.Key)))),
            .. await OrganizationRowsAsync(db, o => o.MunicipalityId == null, counts, ct),
        ], null, null, counts);
    }

    /// <summary>
    /// Every organization counting in indicators that <paramref name="where"/> admits (inside the scope), by the short name the region uses,
    /// with its counts.
    /// </summary>
    public static async Task<List<FigureRow>> OrganizationRowsAsync(PortalDbContext db, Expression<Func<Organization, bool>> where,
        IReadOnlyDictionary<(IndicatorLevel, int?), IndicatorCounts> counts, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking().Where(o => o.CountsInIndicators).Where(where)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name, o.MunicipalityId }).OrderBy(o => o.Name).ToListAsync(ct);
        return [.. organizations.Select(o => new FigureRow(o.Id, o.Name, true, o.MunicipalityId,
            counts.GetValueOrDefault((IndicatorLevel.Organization, (int?)o.Id))))];
    }
}
