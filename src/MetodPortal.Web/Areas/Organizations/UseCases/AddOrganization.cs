using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>What the create and edit pages post. Region, path and level are never posted: they are derived.</summary>
public sealed class OrganizationForm
{
    [Display(Name = "Полное наименование")]
    public string Name { get; set; } = "";

    [Display(Name = "Краткое наименование")]
    public string? ShortName { get; set; }

    [Display(Name = "Тип")]
    public OrganizationType? Type { get; set; }

    /// <summary>Only on create; null for a regional organization.</summary>
    [Display(Name = "Муниципальное образование")]
    public int? MunicipalityId { get; set; }

    [Display(Name = "ИНН")]
    public string? Inn { get; set; }

    [Display(Name = "Адрес")]
    public string? Address { get; set; }

    [Display(Name = "Учитывается в показателях эффективности")]
    public bool CountsInIndicators { get; set; }

    /// <summary>Whether the form edits an organization (set by <see cref="ReviseOrganization"/>, never posted): its municipality is then fixed.</summary>
    [BindNever]
    public bool Editing { get; set; }

    public static OrganizationForm From(Organization o) => new()
    {
        Name = o.Name, ShortName = o.ShortName, Type = o.Type, MunicipalityId = o.MunicipalityId, Inn = o.Inn, Address = o.Address,
        CountsInIndicators = o.CountsInIndicators,
    };

    /// <summary>The names and address; the type and whether it counts in indicators only for those who keep the tree (<paramref name="keepsTree"/>).</summary>
    public void ApplyTo(Organization organization, bool keepsTree)
    {
        (organization.Name, organization.ShortName, organization.Inn, organization.Address) = (Name.Trim(), FormText.OrNull(ShortName),
            FormText.OrNull(Inn), FormText.OrNull(Address));
        if (keepsTree)
        {
            organization.Type = Type!.Value;
            organization.Level = OrganizationRules.LevelOf(organization.Type, organization.MunicipalityId is not null)!.Value;
            organization.CountsInIndicators = CountsInIndicators;
        }
    }
}

public sealed class OrganizationFormValidator : AbstractValidator<OrganizationForm>
{
    public OrganizationFormValidator(PortalDbContext db, ICurrentUserSource users)
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Укажите полное наименование.")
            .MaximumLength(500).WithMessage("Полное наименование — не длиннее 500 символов.");
        RuleFor(f => f.ShortName).MaximumLength(200).WithMessage("Краткое наименование — не длиннее 200 символов.");
        RuleFor(f => f.Type).NotNull().WithMessage("Выберите тип организации.")
            .IsInEnum().WithMessage("Выберите тип организации из списка.");
        RuleFor(f => f.Inn).Matches("^([0-9]{10}|[0-9]{12})$").When(f => !string.IsNullOrWhiteSpace(f.Inn))
            .WithMessage("ИНН — 10 цифр для организации (12 для ИП).");
        RuleFor(f => f.Address).MaximumLength(500).WithMessage("Адрес — не длиннее 500 символов.");

        // The municipality is read through the scope filter: one outside the scope does not exist for this user.
        RuleFor(f => f.MunicipalityId)
            .MustAsync(async (id, ct) => id is null || await db.Municipalities.AnyAsync(m => m.Id == id, ct))
            .WithMessage("Выберите муниципальное образование из списка.");
        RuleFor(f => f.MunicipalityId).NotNull().When(f => !f.Editing
            && (users.Current.Scope.MunicipalityId is not null || users.Current.Scope.RegionId is null))
            .WithMessage("Выберите муниципальное образование: региональные организации добавляет специалист министерства.");
        RuleFor(f => f)
            .Must(f => f.Type is null || OrganizationRules.LevelOf(f.Type.Value, f.MunicipalityId is not null) is not null)
            .WithName(nameof(OrganizationForm.Type))
            .WithMessage(f => f.MunicipalityId is null
                ? "Организация этого типа должна относиться к муниципальному образованию."
                : "Министерство, институт развития образования и ЦНППМ — региональные организации: не выбирайте для них муниципалитет.");
    }
}

/// <summary>
/// Adding an organization to the tree, in a municipality of the user's scope (a regional one only by the ministry):
/// its region, path and level are derived, never posted.
/// </summary>
public sealed class AddOrganization(PortalDbContext db, IValidator<OrganizationForm> validator, ICurrentUserSource users)
{
    /// <returns>Done with the organization's id.</returns>
    public async Task<Outcome> HandleAsync(OrganizationForm form, CancellationToken ct)
    {
        form.Editing = false;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var municipality = form.MunicipalityId is { } id ? await db.Municipalities.FirstAsync(m => m.Id == id, ct) : null;
        var organization = db.AddOrganization(new Organization
        {
            RegionId = municipality?.RegionId ?? users.Current.Scope.RegionId!.Value, MunicipalityId = municipality?.Id,
            Level = OrganizationRules.LevelOf(form.Type!.Value, municipality is not null)!.Value,
        });
        form.ApplyTo(organization, keepsTree: true);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Организация «{organization.DisplayName}» добавлена.", organization.Id);
    }
}
