using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
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

    /// <summary>Whether the form edits an account (set by <see cref="ReviseUser"/>, never posted): its e-mail is then fixed and no password is set.</summary>
    [BindNever]
    public bool Editing { get; set; }

    /// <summary>The educator a teacher's account belongs to: the one employed at the organization under that number.</summary>
    public static IQueryable<int> EducatorOf(PortalDbContext db, UserForm form) =>
        db.Employments.Where(e => e.OrganizationId == form.OrganizationId
            && e.PersonnelNumber == (form.PersonnelNumber ?? "").Trim()).Select(e => e.EducatorId);

    /// <summary>Sets the organization, the region that comes with it, and for a teacher the educator they are.</summary>
    public async Task AttachAsync(PortalDbContext db, AppUser user, CancellationToken ct)
    {
        user.OrganizationId = OrganizationId;
        user.RegionId = OrganizationId is null ? null : await db.Organizations.Where(o => o.Id == OrganizationId).Select(o => (int?)o.RegionId).FirstAsync(ct);
        user.EducatorId = Role == Roles.Teacher ? await EducatorOf(db, this).Select(id => (int?)id).FirstOrDefaultAsync(ct) : null;
    }

    /// <summary>Identity's refusals (a weak password, a taken address) as the form's field errors.</summary>
    public static FluentValidation.Results.ValidationResult Errors(IdentityResult result) =>
        new([.. result.Errors.Select(e => new FluentValidation.Results.ValidationFailure(e.Code.StartsWith("Password", StringComparison.Ordinal)
            ? nameof(Password) : nameof(Email), e.Description))]);
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
        RuleFor(f => f.Role).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Выберите роль из списка.")
            .Must(Roles.IsKnown).WithMessage("Выберите роль из списка.");
        RuleFor(f => f.Password).NotEmpty().When(f => !f.Editing).WithMessage("Укажите начальный пароль.");
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

/// <summary>An account for a person: their role, their organization (which gives the scope), for a teacher their educator record; in one transaction.</summary>
public sealed class CreateUser(PortalDbContext db, UserManager<AppUser> users, IValidator<UserForm> validator, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(UserForm form, CancellationToken ct)
    {
        form.Editing = false;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        // Within the create form's own transaction (OneSubmissionFilter) when there is one: an invalid outcome rolls it back there.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var user = new AppUser { Email = form.Email.Trim(), UserName = form.Email.Trim(), FullName = form.FullName.Trim(), EmailConfirmed = true,
            CreatedAt = clock.GetUtcNow() };
        await form.AttachAsync(db, user, ct);
        var created = await users.CreateAsync(user, form.Password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, form.Role);
        }

        if (!created.Succeeded)
        {
            return Outcome.Invalid(UserForm.Errors(created));
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }

        return Outcome.Done($"Пользователь {user.Email} создан.");
    }
}
