using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>Changing a site status (its theme, order, dates); the organization stays, and a regional status is the region's to change.</summary>
public sealed class ReviseSiteStatus(PortalDbContext db, IValidator<SiteForm> validator, ICurrentUserSource users)
{
    public async Task<Outcome> HandleAsync(int id, SiteForm form, CancellationToken ct)
    {
        var status = await db.OrganizationStatuses.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (status is null)
        {
            return Outcome.NotFound;
        }

        if (Sites.LevelError(status.Level, users.Current.Scope) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        form.OrganizationId = status.OrganizationId;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(status);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
