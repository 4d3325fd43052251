using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Identity;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>What the user create and edit pages post. The e-mail and password are used on create only.</summary>
public sealed class UserForm
{
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";

    [Display(Name = "ФИО")]
    public string FullName { get; set; } = "";

    [Display(Name = "Роль")]
    public string Role { get; set; } = "";

    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Пароль")]
    public string? Password { get; set; }

    /// <summary>For a teacher: their personnel number at the organization, which links the account to their educator record.</summary>
    [Display(Name = "Табельный номер педагога")]
    public string? PersonnelNumber { get; set; }

    /// <summary>The educator a teacher's account belongs to: the one employed at the organization under that number.</summary>
    public static IQueryable<int> EducatorOf(PortalDbContext db, UserForm form) =>
        db.Employments.Where(e => e.OrganizationId == form.OrganizationId && e.PersonnelNumber == (form.PersonnelNumber ?? "").Trim()).Select(e => e.EducatorId);
}

public sealed class UserFormValidator : AbstractValidator<UserForm>
{
    public UserFormValidator(PortalDbContext db)
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Укажите электронную почту.")
            .EmailAddress().WithMessage("Электронная почта указана неверно.")
            .MaximumLength(256).WithMessage("Электронная почта — не длиннее 256 символов.");
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Укажите ФИО.")
            .MaximumLength(200).WithMessage("ФИО — не длиннее 200 символов.");
        RuleFor(f => f.Role).Must(Roles.IsKnown).WithMessage("Выберите роль из списка.");
        RuleFor(f => f)
            .MustAsync(async (f, ct) =>
            {
                if (!Roles.IsKnown(f.Role))
                {
                    return true;
                }

                var organization = f.OrganizationId is { } id ? await db.Organizations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct) : null;
                return (f.OrganizationId is null || organization is not null) && Roles.FitsOrganization(f.Role, organization);
            })
            .WithName(nameof(UserForm.OrganizationId))
            .WithMessage(f => Roles.ScopeOf(f.Role) switch
            {
                Domain.Scoping.ScopeLevel.Global => "Администратору системы организация не назначается.",
                Domain.Scoping.ScopeLevel.Region => "Для этой роли выберите региональную организацию (министерство, ИРО, ЦНППМ).",
                Domain.Scoping.ScopeLevel.Municipality => "Для этой роли выберите организацию муниципалитета (управление образования, МАУ ЦРО, МОЦ).",
                _ => "Для этой роли выберите образовательную организацию.",
            });
        RuleFor(f => f.PersonnelNumber)
            .MustAsync(async (f, number, ct) => !string.IsNullOrWhiteSpace(number) && await UserForm.EducatorOf(db, f).AnyAsync(ct))
            .When(f => f.Role == Roles.Teacher && f.OrganizationId is not null)
            .WithMessage("Укажите табельный номер педагога в выбранной организации: по нему учётная запись связывается с его карточкой сотрудника.");
    }
}
