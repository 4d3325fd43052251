using MetodPortal.Data;
using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>
/// Recommendations for the indicators under threshold in the user's scope, from one source (accepted forms or the
/// registry), by the rules of <see cref="TargetedRecommendations"/>: that source's untouched ones are refreshed or
/// removed, edited ones and the other source's stay.
/// </summary>
public sealed class GenerateRecommendations(PortalDbContext db, TimeProvider clock)
{
    public const string NoSource = "Выберите, по каким данным формировать рекомендации: по принятым формам или по реестру портала.";

    public async Task<Outcome> HandleAsync(int campaignId, IndicatorSource? source, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == campaignId, ct);
        if (campaign is null)
        {
            return Outcome.NotFound;
        }

        if (source is not { } chosen || !Enum.IsDefined(chosen))
        {
            return Outcome.Refused(NoSource);
        }

        var rows = await ScopeFigures.ComputeAsync(db, campaign, chosen, ct);
        var outcome = await TargetedRecommendations.GenerateAsync(db, campaign, chosen, rows, clock.GetUtcNow(), ct);
        return Outcome.Done(outcome is { Added: 0, Refreshed: 0, Removed: 0 }
            ? $"Рекомендации {chosen.Name()} не изменились: все показатели ниже порога уже имеют рекомендации, или порог достигнут."
            : $"Рекомендации {chosen.Name()}: новых — {outcome.Added}, обновлено — {outcome.Refreshed}, удалено (порог достигнут) — {outcome.Removed}, "
                + $"оставлено как есть (изменены или в работе) — {outcome.Kept}. Проверьте и при необходимости уточните их текст.");
    }
}
