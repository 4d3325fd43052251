using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>An indicator of a place against the year before: the recommendations given there then (and how many were answered), and whether the
/// indicator rose.</summary>
public sealed record FollowUpRow(int Indicator, int Given, int Answered, decimal? Before, decimal? Now)
{
    public bool? Rose => Before is { } b && Now is { } n ? n > b : null;
}

/// <summary>The previous campaign's recommendations beside this campaign's indicators, for the dashboard's place (region, municipality or
/// organization).</summary>
public static class RecommendationFollowUp
{
    /// <returns>Null when there was no campaign the year before.</returns>
    public static async Task<IReadOnlyList<FollowUpRow>?> LoadAsync(PortalDbContext db, MonitoringCampaign campaign, IndicatorSource source, Figures now,
        CancellationToken ct)
    {
        var previous = await db.MonitoringCampaigns.AsNoTracking()
            .FirstOrDefaultAsync(c => c.Year == campaign.Year - 1 && c.Status != CampaignStatus.Preparation, ct);
        if (previous is null)
        {
            return null;
        }

        var (m, o) = (now.MunicipalityId, now.OrganizationId);
        var before = (await ScopeFigures.LoadAsync(db, previous, source, m, o, ct))?.Total.Counts?.Shares();
        var given = await db.Recommendations.AsNoTracking().Where(r => r.CampaignId == previous.Id
                && (o == null || r.OrganizationId == o)
                && (m == null || o != null || r.MunicipalityId == m || db.Organizations.Any(x => x.Id == r.OrganizationId && x.MunicipalityId == m)))
            .GroupBy(r => r.Indicator).Select(g => new { Indicator = g.Key, Given = g.Count(), Answered = g.Count(r => r.Answer != null) })
            .ToDictionaryAsync(g => g.Indicator, ct);
        var shares = now.Total.Counts?.Shares();
        return [.. Indicators.Passports.Select(p => new FollowUpRow(p.Number, given.GetValueOrDefault(p.Number)?.Given ?? 0,
            given.GetValueOrDefault(p.Number)?.Answered ?? 0, before?[p.Number - 1].Percent, shares?[p.Number - 1].Percent))];
    }
}
