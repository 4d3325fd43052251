using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

public sealed class CommunityForm
{
    public int? OrganizationId { get; set; }
    public CommunityKind? Kind { get; set; }
    public SupportLevel? Level { get; set; }
    public string Title { get; set; } = "";
    public string? SubjectArea { get; set; }
    public DateOnly? ActiveFrom { get; set; }
    public DateOnly? ActiveTo { get; set; }
    public string? Description { get; set; }

    public static CommunityForm From(Community c) => new()
    {
        OrganizationId = c.OrganizationId, Kind = c.Kind, Level = c.Level, Title = c.Title, SubjectArea = c.SubjectArea, ActiveFrom = c.ActiveFrom, ActiveTo = c.ActiveTo,
        Description = c.Description,
    };

    public void ApplyTo(Community c) =>
        (c.Kind, c.Level, c.Title, c.SubjectArea, c.ActiveFrom, c.ActiveTo, c.Description) =
        (Kind!.Value, Level!.Value, Title.Trim(), FormText.OrNull(SubjectArea), ActiveFrom!.Value, ActiveTo, FormText.OrNull(Description));
}

public sealed class CommunityValidator : AbstractValidator<CommunityForm>
{
    public CommunityValidator()
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид сообщества.");
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.SubjectArea).MaximumLength(200).WithMessage("Предметная область — не длиннее 200 символов.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Описание — не длиннее 2000 символов.");
        RuleFor(f => f.ActiveFrom).NotNull().WithMessage("Укажите дату начала работы.");
        RuleFor(f => f.ActiveTo).GreaterThanOrEqualTo(f => f.ActiveFrom).When(f => f.ActiveFrom is not null && f.ActiveTo is not null)
            .WithMessage("Дата окончания раньше даты начала.");
        RuleFor(f => f.Level).Must((f, level) => CommunityRules.LevelError(f.Kind!.Value, level!.Value) is null).When(f => f.Kind is not null && f.Level is not null)
            .WithMessage(f => CommunityRules.LevelError(f.Kind!.Value, f.Level!.Value));
    }
}

public sealed class MemberForm
{
    public int? OrganizationId { get; set; }
    public int? EducatorId { get; set; }
    public MemberRole Role { get; set; } = MemberRole.Member;
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>The fields of a membership; against the community, the employments and the other memberships is <see cref="SaveCommunity.CheckMemberAsync"/>.</summary>
public sealed class MemberFormValidator : AbstractValidator<MemberForm>
{
    public MemberFormValidator()
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию из территории сообщества.");
        RuleFor(f => f.EducatorId).NotNull().WithMessage("Выберите педагога.");
        RuleFor(f => f.From).NotNull().WithMessage("Укажите дату вступления.");
        RuleFor(f => f.Role).IsInEnum().WithMessage("Выберите роль из списка.");
    }
}

/// <summary>Who keeps a community (its owner's subtree), where it takes members from, and the checks of a membership.</summary>
public static class SaveCommunity
{
    /// <summary>A community the user may change: visible, and owned inside the user's subtree (seeing it through a member is not enough).</summary>
    public static async Task<Community?> ManagedAsync(PortalDbContext db, int id, CancellationToken ct)
    {
        var community = await db.Communities.Include(c => c.Organization).FirstOrDefaultAsync(c => c.Id == id, ct);
        return community is not null && await db.Organizations.AnyAsync(o => o.Id == community.OrganizationId, ct) ? community : null;
    }

    /// <summary>The organizations in the user's scope that the community takes members from.</summary>
    public static async Task<List<Organization>> TerritoryAsync(PortalDbContext db, Community community, CancellationToken ct) =>
        (await db.Organizations.AsNoTracking().Where(o => o.RegionId == community.RegionId).OrderBy(o => o.Name).ToListAsync(ct))
        .Where(o => CommunityRules.TakesMembersFrom(community, o)).ToList();

    /// <summary>After <see cref="MemberFormValidator"/> (its errors already in <paramref name="errors"/>): the checks that read the records.</summary>
    public static async Task CheckMemberAsync(
        PortalDbContext db, Community community, MemberForm form, IReadOnlyList<Organization> territory, int? membershipId, ModelStateDictionary errors, CancellationToken ct)
    {
        if (form.OrganizationId is { } orgId && territory.All(o => o.Id != orgId))
        {
            errors.AddModelError(nameof(form.OrganizationId), "Выберите организацию из территории сообщества.");
        }

        if (form.From is { } joined && CommunityRules.MembershipPeriodError(community, joined, form.To) is { } period)
        {
            errors.AddModelError(nameof(form.From), period);
        }

        if (!errors.IsValid)
        {
            return;
        }

        var from = form.From!.Value;
        if (!await db.Employments.AnyAsync(x => x.OrganizationId == form.OrganizationId && x.EducatorId == form.EducatorId
            && (x.StartDate == null || x.StartDate <= from) && (x.EndDate == null || x.EndDate >= from), ct))
        {
            errors.AddModelError(nameof(form.EducatorId), $"Педагог не работает в выбранной организации на дату вступления ({Display.Date(from)}).");
            return;
        }

        var to = form.To ?? DateOnly.MaxValue;
        if (await db.CommunityMemberships.AnyAsync(m => m.CommunityId == community.Id && m.EducatorId == form.EducatorId && m.Id != membershipId
            && m.From <= to && (m.To == null || m.To >= from), ct))
        {
            errors.AddModelError(nameof(form.EducatorId), "Педагог уже состоит в сообществе в этот период.");
        }
    }
}
