using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Choices;
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

    /// <summary>The competence areas of the region's catalogue it develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    /// <summary>The community edited, set by <see cref="ReviseCommunity"/> from the record (never posted): its level, and whether it has members.</summary>
    [BindNever]
    public (SupportLevel Level, bool HasMembers)? Existing { get; set; }

    public static CommunityForm From(Community c) => new()
    {
        OrganizationId = c.OrganizationId, Kind = c.Kind, Level = c.Level, Title = c.Title, SubjectArea = c.SubjectArea, ActiveFrom = c.ActiveFrom,
            ActiveTo = c.ActiveTo,
        Description = c.Description, CompetenceAreaIds = [.. c.CompetenceAreaIds],
    };

    public void ApplyTo(Community c) =>
        (c.Kind, c.Level, c.Title, c.SubjectArea, c.ActiveFrom, c.ActiveTo, c.Description, c.CompetenceAreaIds) =
        (Kind!.Value, Level!.Value, Title.Trim(), FormText.OrNull(SubjectArea), ActiveFrom!.Value, ActiveTo, FormText.OrNull(Description),
            [.. CompetenceAreaIds.Distinct().Order()]);
}

/// <summary>A community's fields; its owner an organization of the user's scope fit for the level, the level fixed once it has members.</summary>
public sealed class CommunityValidator : AbstractValidator<CommunityForm>
{
    public CommunityValidator(PortalDbContext db)
    {
        RuleFor(f => f.CompetenceAreaIds).OfTheCatalogue(db);
        RuleFor(f => f.OrganizationId).CustomAsync(async (id, context, ct) =>
        {
            var owner = id is null ? null : await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
            if (owner is null)
            {
                context.AddFailure("Выберите организацию, которая ведёт сообщество.");
            }
            else if (context.InstanceToValidate.Level is { } level && CommunityRules.OwnerError(level, owner) is { } error)
            {
                context.AddFailure(error);
            }
        });
        RuleFor(f => f.Level).Must((f, level) => f.Existing is not { HasMembers: true } existing || level == existing.Level)
            .WithMessage("В сообществе есть участники: его уровень не меняется.");
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид сообщества.");
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.SubjectArea).MaximumLength(200).WithMessage("Предметная область — не длиннее 200 символов.");
        RuleFor(f => f.Description).MaximumLength(2000).WithMessage("Описание — не длиннее 2000 символов.");
        RuleFor(f => f.ActiveFrom).NotNull().WithMessage("Укажите дату начала работы.");
        RuleFor(f => f.ActiveTo).GreaterThanOrEqualTo(f => f.ActiveFrom).When(f => f.ActiveFrom is not null && f.ActiveTo is not null)
            .WithMessage("Дата окончания раньше даты начала.");
        RuleFor(f => f.Level).Must((f, level) => CommunityRules.LevelError(f.Kind!.Value, level!.Value) is null).When(f => f.Kind is not null
            && f.Level is not null)
            .WithMessage(f => CommunityRules.LevelError(f.Kind!.Value, f.Level!.Value));
    }
}

/// <summary>A community kept by an organization of the user's scope, which takes members from the owner's territory next.</summary>
public sealed class CreateCommunity(PortalDbContext db, IValidator<CommunityForm> validator)
{
    /// <returns>Done with the community's id.</returns>
    public async Task<Outcome> HandleAsync(CommunityForm form, CancellationToken ct)
    {
        form.Existing = null;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var owner = await db.Organizations.FirstAsync(o => o.Id == form.OrganizationId, ct);
        var community = new Community { RegionId = owner.RegionId, OrganizationId = owner.Id, MunicipalityId = owner.MunicipalityId };
        form.ApplyTo(community);
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Сообщество «{community.Title}» создано. Добавьте участников.", community.Id);
    }
}
