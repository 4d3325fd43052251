using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>
/// Editing an organization, checked on the organization itself (<see cref="Operations.Update"/>: the roles that edit
/// organizations, inside the user's scope). The municipality is fixed once created (moving would re-root the
/// subtree); the type and whether it counts in indicators are set by coordinators and the ministry only.
/// </summary>
public sealed class ReviseOrganization(PortalDbContext db, IValidator<OrganizationForm> validator, RecordAccess access)
{
    public const string NotYours = "Эту организацию редактируют её администратор, координатор муниципалитета или министерство.";

    /// <returns>Refused with <see cref="NotYours"/> when the user may read the organization but not edit it.</returns>
    public async Task<Outcome> HandleAsync(int id, OrganizationForm form, CancellationToken ct)
    {
        var organization = await db.Organizations.FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return Outcome.NotFound;
        }

        if (!await access.MayAsync(organization, Operations.Update))
        {
            return Outcome.Refused(NotYours);
        }

        var keepsTree = access.Allows(Policies.ManageOrganizations);
        (form.MunicipalityId, form.Editing) = (organization.MunicipalityId, true);
        if (!keepsTree)
        {
            form.Type = organization.Type;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(organization, keepsTree);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
