using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Monitoring;

/// <summary>
/// The nine indicators' counts from the accepted forms of a campaign, inside the user's scope: each organization's
/// declared counts, and for a municipality and the region the sums of their organizations' counts (numerators and
/// denominators added up the tree, never shares averaged). A form not yet accepted does not count.
/// </summary>
public static class DeclaredIndicators
{
    public static async Task<List<IndicatorRow>> ComputeAsync(PortalDbContext db, int campaignId, CancellationToken ct)
    {
        var forms = await db.MonitoringForms.AsNoTracking().Where(f => f.CampaignId == campaignId && f.Status == FormStatus.Accepted)
            .Select(f => new { f.OrganizationId, f.Organization!.MunicipalityId, f.Declared }).ToListAsync(ct);
        return
        [
            .. forms.Select(f => new IndicatorRow(IndicatorLevel.Organization, f.OrganizationId, f.Declared)),
            .. forms.Where(f => f.MunicipalityId is not null).GroupBy(f => f.MunicipalityId)
                .Select(g => new IndicatorRow(IndicatorLevel.Municipality, g.Key, IndicatorCounts.Sum(g.Select(f => f.Declared)))),
            new IndicatorRow(IndicatorLevel.Region, null, IndicatorCounts.Sum(forms.Select(f => f.Declared))),
        ];
    }
}
