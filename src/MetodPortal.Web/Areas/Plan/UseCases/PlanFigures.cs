using MetodPortal.Data;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Plan.UseCases;

/// <summary>A target's current value, and what it was counted on.</summary>
public sealed record TargetFigure(decimal? Value, string Basis)
{
    public bool? Meets(decimal? target) => Value is { } v && target is { } t ? v >= t : null;
}

/// <summary>
/// The current value of the measures' target figures from the portal's own data: an indicator from the engine (the registry of the latest
/// campaign, the plan's municipality or the region), a registry count for the year (the current one, or the plan's last within its period).
/// </summary>
public static class PlanFigures
{
    public static async Task<Dictionary<int, TargetFigure>> OfAsync(PortalDbContext db, MeasurePlan plan, IEnumerable<PlanMeasure> measures, DateOnly today,
        CancellationToken ct)
    {
        var figures = new Dictionary<int, TargetFigure>();
        var year = Math.Min(today.Year, plan.To.Year);
        Figures? indicators = null;
        MonitoringCampaign? campaign = null;
        foreach (var measure in measures)
        {
            if (measure is { Target: TargetKind.Indicator, TargetIndicator: { } number })
            {
                campaign ??= await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Preparation).OrderByDescending(c => c.Year)
                    .FirstOrDefaultAsync(ct);
                indicators ??= campaign is null ? null
                    : await ScopeFigures.LoadAsync(db, campaign, IndicatorSource.Registry, plan.MunicipalityId, null, ct);
                figures[measure.Id] = new TargetFigure(indicators?.Total.Counts?.Shares()[number - 1].Percent,
                    campaign is null ? "мониторинга ещё не было" : $"по реестру портала за {campaign.Year} год");
            }
            else if (measure is { Target: TargetKind.Count, TargetCount: { } count })
            {
                var basis = count is PlanCount.Experts or PlanCount.FederalPrograms or PlanCount.Mentors or PlanCount.Sites
                    ? $"на {today:dd.MM.yyyy}" : $"за {year} год";
                figures[measure.Id] = new TargetFigure(await CountAsync(db, count, plan.MunicipalityId, year, today, ct), basis);
            }
        }

        return figures;
    }

    /// <summary>A registry count, in the plan's municipality (by the organization that keeps the record) or the whole region.</summary>
    public static async Task<int> CountAsync(PortalDbContext db, PlanCount count, int? municipalityId, int year, DateOnly today, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var inPlace = db.Organizations.Where(o => municipalityId == null || o.MunicipalityId == municipalityId).Select(o => o.Id);
        var events = db.MethodicalEvents.Where(e => e.StartsOn >= from && e.StartsOn <= to && inPlace.Contains(e.OrganizationId));
        return count switch
        {
            PlanCount.PublishedPractices => await db.Practices.CountAsync(p => p.Status == PracticeStatus.Published && p.PublishedOn >= from
                && p.PublishedOn <= to && inPlace.Contains(p.OrganizationId), ct),
            PlanCount.Events => await events.CountAsync(ct),
            PlanCount.AssetEvents => await events.CountAsync(e => (e.Topics & EventTopics.RegionalAssets) != 0, ct),
            PlanCount.BurnoutEvents => await events.CountAsync(e => (e.Topics & EventTopics.BurnoutPrevention) != 0, ct),
            PlanCount.Experts => await db.Experts.CountAsync(e => e.ValidFrom <= today && (e.ValidTo == null || e.ValidTo >= today)
                && inPlace.Contains(e.OrganizationId), ct),
            PlanCount.FederalPrograms => await db.ProfessionalPrograms.CountAsync(p => p.InFederalRegistry && p.IsActive, ct), // the region's registry
            PlanCount.Mentors => await db.Mentors.CountAsync(m => inPlace.Contains(m.OrganizationId), ct),
            _ => await db.OrganizationStatuses.CountAsync(s => s.ValidFrom <= today && (s.ValidTo == null || s.ValidTo >= today)
                && inPlace.Contains(s.OrganizationId), ct),
        };
    }
}
