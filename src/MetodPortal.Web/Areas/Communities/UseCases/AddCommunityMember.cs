using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Authorization;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

public sealed class MemberForm
{
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Member;
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }

    /// <summary>The community and the membership edited, set by the use case (never posted): the rules against the records need them.</summary>
    [BindNever]
    public (Community Community, int? MembershipId)? Context { get; set; }
}

/// <summary>
/// The fields of a membership, and once they hold, against the records: an organization of the community's
/// territory, a period inside the community's, the educator employed there on the day they join, and not already a
/// member at that time.
/// </summary>
public sealed class MemberFormValidator : AbstractValidator<MemberForm>
{
    public MemberFormValidator(PortalDbContext db)
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию из территории сообщества.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите педагога.");
        RuleFor(f => f.From).NotNull().WithMessage("Укажите дату вступления.");
        RuleFor(f => f.Role).IsInEnum().WithMessage("Выберите роль из списка.");
        RuleFor(f => f).CustomAsync((f, context, ct) => CheckRecordsAsync(db, f, context, ct))
            .When(f => f.Context is not null && f.OrganizationId is not null && f.EducatorId is not null && f.From is not null);
    }

    private static async Task CheckRecordsAsync(PortalDbContext db, MemberForm form, ValidationContext<MemberForm> errors, CancellationToken ct)
    {
        var (community, membershipId) = form.Context!.Value;
        var from = form.From!.Value;
        var inTerritory = (await ManagedCommunity.TerritoryAsync(db, community, ct)).Any(o => o.Id == form.OrganizationId);
        var period = CommunityRules.MembershipPeriodError(community, from, form.To);
        if (!inTerritory || period is not null)
        {
            if (!inTerritory)
            {
                errors.AddFailure(nameof(form.OrganizationId), "Выберите организацию из территории сообщества.");
            }

            if (period is not null)
            {
                errors.AddFailure(nameof(form.From), period);
            }

            return;
        }

        if (!await db.Employments.AnyAsync(x => x.OrganizationId == form.OrganizationId && x.EducatorId == form.EducatorId
            && (x.StartDate == null || x.StartDate <= from) && (x.EndDate == null || x.EndDate >= from), ct))
        {
            errors.AddFailure(nameof(form.EducatorId), $"Педагог не работает в выбранной организации на дату вступления ({Display.Date(from)}).");
            return;
        }

        var to = form.To ?? DateOnly.MaxValue;
        if (await db.CommunityMemberships.AnyAsync(m => m.CommunityId == community.Id && m.EducatorId == form.EducatorId && m.Id != membershipId
            && m.From <= to && (m.To == null || m.To >= from), ct))
        {
            errors.AddFailure(nameof(form.EducatorId), "Педагог уже состоит в сообществе в этот период.");
        }
    }
}

/// <summary>Adding an educator of the community's territory to its members, by the rules of <see cref="MemberFormValidator"/>.</summary>
public sealed class AddCommunityMember(PortalDbContext db, RecordAccess access, IValidator<MemberForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, MemberForm form, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return Outcome.NotFound;
        }

        form.Context = (community, null);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var reported = await AddAsync(db, community, form, clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Участник добавлен." + (reported ? RecordedEvidence.ReportedNote : ""));
    }

    /// <summary>Adds a checked membership, and reports the ИОМ items it closes; the caller saves (one member or many).</summary>
    public static async Task<bool> AddAsync(PortalDbContext db, Community community, MemberForm form, DateOnly today, CancellationToken ct)
    {
        var membership = new CommunityMembership
        {
            RegionId = community.RegionId, CommunityId = community.Id, OrganizationId = form.OrganizationId!.Value, EducatorId = form.EducatorId!.Value,
            Role = form.Role, From = form.From!.Value, To = form.To,
        };
        db.CommunityMemberships.Add(membership);
        return await RecordedEvidence.ReportAsync(db, membership.EducatorId, i => i.CommunityId == community.Id,
            new RecordEvidence($"Участие в сообществе «{community.Title}» с {Display.Date(membership.From)}", Membership: membership), today, ct);
    }
}
