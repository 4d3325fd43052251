using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>Changing a campaign's dates and thresholds; its year stays, and a closed campaign stays as it was counted.</summary>
public sealed class ReviseCampaign(PortalDbContext db, IValidator<CampaignForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, CampaignForm form, CancellationToken ct)
    {
        var campaign = await db.MonitoringCampaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return Outcome.NotFound;
        }

        if (campaign.ReviseError is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        (form.Year, form.Editing) = (campaign.Year, true);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(campaign, await RegionZone.OfAsync(db, campaign.RegionId, ct));
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
