using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Closing an open campaign (<see cref="MonitoringCampaign.Close"/>): its forms are then read only, and the analysis of its results begins
/// (<see cref="Plan.UseCases.AnalysisTask"/>).</summary>
public sealed class CloseCampaign(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return Outcome.NotFound;
        }

        if (campaign.Close(clock.GetUtcNow()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await Plan.UseCases.AnalysisTask.OpenAsync(db, campaign, ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мониторинг за {campaign.Year} год закрыт: формы доступны только для чтения; открыта задача анализа его результатов.");
    }
}
