using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Domain;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>What the create and edit pages post about a person; the employment fields are used on create only.</summary>
public sealed class EducatorForm
{
    [Display(Name = "Фамилия")]
    public string LastName { get; set; } = "";

    [Display(Name = "Имя")]
    public string FirstName { get; set; } = "";

    [Display(Name = "Отчество")]
    public string? MiddleName { get; set; }

    [Display(Name = "Дата рождения")]
    public DateOnly? BirthDate { get; set; }

    [Display(Name = "Должность")]
    public Position? Position { get; set; }

    [Display(Name = "Руководитель")]
    public bool IsHead { get; set; }

    [Display(Name = "Заместитель руководителя")]
    public bool IsDeputy { get; set; }

    [Display(Name = "Квалификационная категория")]
    public QualificationCategory Category { get; set; }

    [Display(Name = "Дата присвоения категории")]
    public DateOnly? CategoryDate { get; set; }

    [Display(Name = "Дата начала педагогической деятельности")]
    public DateOnly? ProfessionStartDate { get; set; }

    [Display(Name = "Электронная почта")]
    public string? Email { get; set; }

    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Табельный номер")]
    public string? PersonnelNumber { get; set; }

    [Display(Name = "Основное место работы")]
    public bool IsMain { get; set; } = true;

    [Display(Name = "Дата приёма")]
    public DateOnly? StartDate { get; set; }

    /// <summary>The version of the record the edit page showed (see <see cref="Domain.IVersioned"/>).</summary>
    public uint? Version { get; set; }

    public static EducatorForm From(Educator e) => new()
    {
        LastName = e.LastName, FirstName = e.FirstName, MiddleName = e.MiddleName, BirthDate = e.BirthDate, Position = e.Position,
        IsHead = e.IsHead, IsDeputy = e.IsDeputy, Category = e.Category, CategoryDate = e.CategoryDate,
        ProfessionStartDate = e.ProfessionStartDate, Email = e.Email, Version = e.Version,
    };

    public void ApplyTo(Educator educator)
    {
        educator.LastName = LastName.Trim();
        educator.FirstName = FirstName.Trim();
        educator.MiddleName = FormText.OrNull(MiddleName);
        educator.BirthDate = BirthDate!.Value;
        educator.Position = Position!.Value;
        educator.IsHead = IsHead;
        educator.IsDeputy = IsDeputy;
        educator.Category = Category;
        educator.CategoryDate = Category == QualificationCategory.None ? null : CategoryDate;
        educator.ProfessionStartDate = ProfessionStartDate;
        educator.Email = FormText.OrNull(Email);
        educator.MatchKey = EducatorIdentity.MatchKey(educator.LastName, educator.FirstName, educator.MiddleName, educator.BirthDate);
    }
}

/// <summary>The rules of a person's record, shared by the form and the import (see <see cref="StaffRules"/>).</summary>
public sealed class EducatorFormValidator : AbstractValidator<EducatorForm>
{
    public EducatorFormValidator(TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.LastName).NotEmpty().WithMessage("Укажите фамилию.").MaximumLength(100).WithMessage("Фамилия — не длиннее 100 символов.");
        RuleFor(f => f.FirstName).NotEmpty().WithMessage("Укажите имя.").MaximumLength(100).WithMessage("Имя — не длиннее 100 символов.");
        RuleFor(f => f.MiddleName).MaximumLength(100).WithMessage("Отчество — не длиннее 100 символов.");
        RuleFor(f => f.BirthDate).NotNull().WithMessage("Укажите дату рождения.")
            .Must(d => d is null || StaffRules.BirthDateError(d.Value, today) is null).WithMessage(f => StaffRules.BirthDateError(f.BirthDate!.Value, today)!);
        RuleFor(f => f.Position).NotNull().WithMessage("Выберите должность.").IsInEnum().WithMessage("Выберите должность из списка.");
        RuleFor(f => f.Category).IsInEnum().WithMessage("Выберите категорию из списка.");
        RuleFor(f => f.CategoryDate).Must(d => d is null || d <= today).WithMessage("Дата присвоения категории не может быть в будущем.");
        RuleFor(f => f.ProfessionStartDate)
            .Must((f, d) => d is null || f.BirthDate is null || StaffRules.ProfessionStartError(d.Value, f.BirthDate.Value, today) is null)
            .WithMessage(f => StaffRules.ProfessionStartError(f.ProfessionStartDate!.Value, f.BirthDate!.Value, today)!);
        RuleFor(f => f.Email).EmailAddress().When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage("Электронная почта указана неверно.")
            .MaximumLength(256).WithMessage("Электронная почта — не длиннее 256 символов.");
        RuleFor(f => f.PersonnelNumber).MaximumLength(50).WithMessage("Табельный номер — не длиннее 50 символов.");
    }
}
