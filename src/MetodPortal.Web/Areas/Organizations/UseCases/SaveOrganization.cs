using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
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

    public static OrganizationForm From(Organization o) => new()
    {
        Name = o.Name, ShortName = o.ShortName, Type = o.Type, MunicipalityId = o.MunicipalityId, Inn = o.Inn, Address = o.Address,
        CountsInIndicators = o.CountsInIndicators,
    };
}

public sealed class OrganizationFormValidator : AbstractValidator<OrganizationForm>
{
    public OrganizationFormValidator(PortalDbContext db)
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
        RuleFor(f => f)
            .Must(f => f.Type is null || OrganizationRules.LevelOf(f.Type.Value, f.MunicipalityId is not null) is not null)
            .WithName(nameof(OrganizationForm.Type))
            .WithMessage(f => f.MunicipalityId is null
                ? "Организация этого типа должна относиться к муниципальному образованию."
                : "Министерство, институт развития образования и ЦНППМ — региональные организации: не выбирайте для них муниципалитет.");
    }
}
