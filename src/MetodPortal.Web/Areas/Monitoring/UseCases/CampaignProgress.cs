using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

public sealed record ProgressRow(string Territory, int Total, int NotStarted, int Draft, int Submitted, int Returned, int Accepted, int Late);

public static class CampaignProgress
{
    /// <summary>The rows added up: the «Итого» line of the progress table, the home page's and the report's totals.</summary>
    public static ProgressRow Sum(this IReadOnlyCollection<ProgressRow> rows) =>
        new("Итого", rows.Sum(r => r.Total), rows.Sum(r => r.NotStarted), rows.Sum(r => r.Draft), rows.Sum(r => r.Submitted),
            rows.Sum(r => r.Returned), rows.Sum(r => r.Accepted), rows.Sum(r => r.Late));

    /// <summary>
    /// How many forms of a campaign are in each status, and how many came late, by municipality (in the user's scope,
    /// narrowed to a municipality or one organization).
    /// </summary>
    public static async Task<List<ProgressRow>> ByMunicipalityAsync(PortalDbContext db, int campaignId, int? municipalityId, CancellationToken ct,
        int? organizationId = null)
    {
        var progress = await db.MonitoringForms.AsNoTracking()
            .Where(f => f.CampaignId == campaignId && (municipalityId == null || f.Organization!.MunicipalityId == municipalityId)
                && (organizationId == null || f.OrganizationId == organizationId))
            .GroupBy(f => f.Organization!.MunicipalityId)
            .Select(g => new
            {
                MunicipalityId = g.Key, Total = g.Count(), NotStarted = g.Count(f => f.Status == FormStatus.NotStarted),
                    Draft = g.Count(f => f.Status == FormStatus.Draft),
                Submitted = g.Count(f => f.Status == FormStatus.Submitted), Returned = g.Count(f => f.Status == FormStatus.Returned),
                Accepted = g.Count(f => f.Status == FormStatus.Accepted), Late = g.Count(f => f.IsLate),
            })
            .ToListAsync(ct);
        var names = await PublicNames.MunicipalitiesAsync(db, ct);
        return [.. progress.Select(p => new ProgressRow(p.MunicipalityId is null ? "Региональные организации" : names.Of(p.MunicipalityId), p.Total,
            p.NotStarted, p.Draft,
                p.Submitted, p.Returned, p.Accepted, p.Late))
            .OrderBy(r => r.Territory, StringComparer.Create(Display.Russian, false))];
    }
}
