using MetodPortal.Domain.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Monitoring;

/// <summary>
/// Gives a targeted recommendation to every organization and municipality among <c>rows</c> (the engine's figures
/// from <c>source</c>, in the user's scope) for each indicator under its threshold. Only that source's recommendations
/// are replaced: an untouched one is brought up to the new figures, or removed when its indicator has reached the
/// threshold; one that was edited or taken into work stays as it is, and the other source's are never touched.
/// </summary>
public static class TargetedRecommendations
{
    public sealed record Outcome(int Added, int Refreshed, int Removed, int Kept);

    public static async Task<Outcome> GenerateAsync(PortalDbContext db, MonitoringCampaign campaign, IndicatorSource source, IReadOnlyList<IndicatorRow> rows,
        DateTimeOffset now, CancellationToken ct)
    {
        var existing = (await db.Recommendations.Where(r => r.CampaignId == campaign.Id && r.Source == source).ToListAsync(ct))
            .ToDictionary(r => (r.OrganizationId, r.MunicipalityId, r.Indicator));
        var organizationIds = rows.Where(r => r.Level == IndicatorLevel.Organization).Select(r => r.Id!.Value).ToList();
        var organizations = await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name, ct);
        var municipalities = await db.Municipalities.Where(m => m.RegionId == campaign.RegionId).ToDictionaryAsync(m => m.Id, m => m.Name, ct);

        var (added, refreshed, removed, kept) = (0, 0, 0, 0);
        foreach (var row in rows.Where(r => r.Level != IndicatorLevel.Region))
        {
            var (organizationId, municipalityId) = row.Level == IndicatorLevel.Organization ? (row.Id, (int?)null) : ((int?)null, row.Id);
            var target = row.Level == IndicatorLevel.Organization ? organizations.GetValueOrDefault(row.Id!.Value)
                : municipalities.GetValueOrDefault(row.Id!.Value);
            if (target is null)
            {
                continue;
            }

            var shares = row.Counts.Shares();
            foreach (var passport in Indicators.Passports)
            {
                var (share, threshold) = (shares[passport.Number - 1], campaign.ThresholdOf(passport.Number));
                var needed = RecommendationRules.IsNeeded(share, threshold);
                var given = existing.GetValueOrDefault((organizationId, municipalityId, passport.Number));
                if (given is { IsUntouched: false })
                {
                    kept++;
                }
                else if (given is not null && !needed)
                {
                    db.Recommendations.Remove(given);
                    removed++;
                }
                else if (needed)
                {
                    var (value, text) = (Math.Round(share.Percent!.Value, 2), RecommendationRules.TextFor(passport.Number, target, share, threshold));
                    if (given is null)
                    {
                        db.Recommendations.Add(new Recommendation
                        {
                            RegionId = campaign.RegionId, CampaignId = campaign.Id, Indicator = passport.Number, OrganizationId = organizationId,
                                MunicipalityId = municipalityId,
                            Source = source, Value = value, Threshold = threshold, Text = text, CreatedAt = now,
                        });
                        added++;
                    }
                    else if ((given.Value, given.Threshold, given.Text) != (value, threshold, text))
                    {
                        (given.Value, given.Threshold, given.Text, given.CreatedAt) = (value, threshold, text, now);
                        refreshed++;
                    }
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return new Outcome(added, refreshed, removed, kept);
    }
}
