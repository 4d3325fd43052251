using MetodPortal.Data;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Opening a campaign (<see cref="MonitoringCampaign.Open"/>): one form for every organization of the region that counts in indicators.</summary>
public sealed class OpenCampaign(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return Outcome.NotFound;
        }

        if (campaign.Open(clock.GetUtcNow()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var existing = await db.MonitoringForms.Where(f => f.CampaignId == id).Select(f => f.OrganizationId).ToListAsync(ct);
        var organizations = await db.Organizations.Where(o => o.CountsInIndicators && o.RegionId == campaign.RegionId && !existing.Contains(o.Id))
            .Select(o => o.Id).ToListAsync(ct);
        foreach (var organizationId in organizations)
        {
            db.MonitoringForms.Add(new MonitoringForm
            {
                RegionId = campaign.RegionId, OrganizationId = organizationId, CampaignId = id, Declared = IndicatorCounts.OneOrganization,
            });
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мониторинг за {campaign.Year} год открыт: создано форм — {organizations.Count}.");
    }
}
