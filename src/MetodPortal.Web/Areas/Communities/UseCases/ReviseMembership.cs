using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>Changing a member's role and dates; the person and their workplace stay.</summary>
public sealed class ReviseMembership(PortalDbContext db, RecordAccess access, IValidator<MemberForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, int memberId, MemberForm form, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        var member = community is null ? null : await db.CommunityMemberships.FirstOrDefaultAsync(m => m.Id == memberId && m.CommunityId == id, ct);
        if (member is null)
        {
            return Outcome.NotFound;
        }

        (form.OrganizationId, form.EducatorId, form.Context) = (member.OrganizationId, member.EducatorId, (community!, member.Id));
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        (member.Role, member.From, member.To) = (form.Role, form.From!.Value, form.To);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Участие изменено.");
    }
}
