using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Monitoring;

/// <summary>
/// Gives a targeted recommendation to every organization and municipality among <c>rows</c> (the engine's figures in
/// the user's scope) for each indicator under its threshold. A target that already has one for that indicator keeps
/// it as edited; nothing is removed.
/// </summary>
public static class TargetedRecommendations
{
    public static async Task<int> GenerateAsync(PortalDbContext db, MonitoringCampaign campaign, IReadOnlyList<IndicatorRow> rows, DateTimeOffset now, CancellationToken ct)
    {
        var existing = (await db.Recommendations.Where(r => r.CampaignId == campaign.Id).Select(r => new { r.OrganizationId, r.MunicipalityId, r.Indicator }).ToListAsync(ct))
            .Select(r => (r.OrganizationId, r.MunicipalityId, r.Indicator)).ToHashSet();
        var organizationIds = rows.Where(r => r.Level == IndicatorLevel.Organization).Select(r => r.Id!.Value).ToList();
        var organizations = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        var municipalities = await db.Municipalities.Where(m => m.RegionId == campaign.RegionId).ToDictionaryAsync(m => m.Id, m => m.Name, ct);

        var added = 0;
        foreach (var row in rows.Where(r => r.Level != IndicatorLevel.Region))
        {
            var (organizationId, municipalityId) = row.Level == IndicatorLevel.Organization ? (row.Id, (int?)null) : ((int?)null, row.Id);
            var target = row.Level == IndicatorLevel.Organization ? organizations.GetValueOrDefault(row.Id!.Value) : municipalities.GetValueOrDefault(row.Id!.Value);
            if (target is null)
            {
                continue;
            }

            var shares = row.Counts.Shares();
            foreach (var passport in Indicators.Passports)
            {
                var (share, threshold) = (shares[passport.Number - 1], campaign.ThresholdOf(passport.Number));
                if (!RecommendationRules.IsNeeded(share, threshold) || existing.Contains((organizationId, municipalityId, passport.Number)))
                {
                    continue;
                }

                db.Recommendations.Add(new Recommendation
                {
                    RegionId = campaign.RegionId, CampaignId = campaign.Id, Indicator = passport.Number, OrganizationId = organizationId, MunicipalityId = municipalityId,
                    Value = Math.Round(share.Percent!.Value, 2), Threshold = threshold, Text = RecommendationRules.TextFor(passport.Number, target, share, threshold), CreatedAt = now,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(ct);
        return added;
    }
}
