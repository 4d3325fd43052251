using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>Changing a community: the owner stays; its level and territory may not change under the members already taken from it.</summary>
public sealed class ReviseCommunity(PortalDbContext db, RecordAccess access, IValidator<CommunityForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, CommunityForm form, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return Outcome.NotFound;
        }

        (form.OrganizationId, form.Existing) = (community.OrganizationId,
            (community.Level, await db.CommunityMemberships.AnyAsync(m => m.CommunityId == id, ct)));
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        form.ApplyTo(community);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Изменения сохранены.");
    }
}
