using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>A year's shares of the nine indicators for one place.</summary>
public sealed record YearShares(int Year, IReadOnlyList<Share> Shares);

/// <summary>
/// The same place's indicators in the region's earlier campaigns (the last four), by the same source: the trend shown beside each
/// number. A year in which the place had no figures (no accepted form) is left out.
/// </summary>
public static class IndicatorTrend
{
    public const int Years = 4;

    public static async Task<IReadOnlyList<YearShares>> LoadAsync(
        PortalDbContext db, MonitoringCampaign campaign, IndicatorSource source, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var earlier = await db.MonitoringCampaigns.AsNoTracking()
            .Where(c => c.RegionId == campaign.RegionId && c.Year < campaign.Year && c.Status != CampaignStatus.Preparation)
            .OrderByDescending(c => c.Year).Take(Years).ToListAsync(ct);
        var trend = new List<YearShares>();
        foreach (var past in earlier.OrderBy(c => c.Year))
        {
            if ((await ScopeFigures.LoadAsync(db, past, source, municipalityId, organizationId, ct))?.Total.Counts is { } counts)
            {
                trend.Add(new YearShares(past.Year, counts.Shares()));
            }
        }

        return trend;
    }
}
