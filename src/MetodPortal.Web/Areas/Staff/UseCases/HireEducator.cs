using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>The person edited and their region, set by <see cref="ReviseEducator"/> from the record (never posted); null when hiring.</summary>
    [BindNever]
    public (int Id, int RegionId)? Existing { get; set; }

    /// <summary>Who the form names: the key a person is found by in the region's registry; null until the name and birth date are given.</summary>
    public string? MatchKey => BirthDate is { } birth && !string.IsNullOrWhiteSpace(LastName) && !string.IsNullOrWhiteSpace(FirstName)
        ? EducatorIdentity.MatchKey(LastName, FirstName, MiddleName, birth)
        : null;

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

/// <summary>
/// The rules of a person's record (the dates' plausibility is <see cref="StaffRules"/>, shared with the import), and
/// against the records: when hiring, an organization of the list, a free personnel number and not someone already
/// working there; when editing, not the same name and birth date as another person of the region.
/// </summary>
public sealed class EducatorFormValidator : AbstractValidator<EducatorForm>
{
    public EducatorFormValidator(PortalDbContext db, TimeProvider clock)
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

        When(f => f.Existing is null, () =>
        {
            RuleFor(f => f.OrganizationId).MustAsync((id, ct) => Workplaces.Of(db).AnyAsync(o => o.Id == id,
                ct)).WithMessage("Выберите организацию из списка.");
            RuleFor(f => f.PersonnelNumber)
                .MustAsync(async (f, number, ct) => !await db.Employments.AnyAsync(x => x.OrganizationId == f.OrganizationId
                    && x.PersonnelNumber == number!.Trim(), ct))
                .When(f => !string.IsNullOrWhiteSpace(f.PersonnelNumber)).WithMessage("Этот табельный номер уже занят в организации.");
            RuleFor(f => f.MatchKey).CustomAsync(async (key, context, ct) =>
            {
                var f = context.InstanceToValidate;
                var region = await Workplaces.Of(db).Where(o => o.Id == f.OrganizationId).Select(o => (int?)o.RegionId).FirstOrDefaultAsync(ct);
                var person = region is null ? null : await RegionRegistry.FindAsync(db, region.Value, key!, ct);
                if (person?.Employments.Any(x => x.OrganizationId == f.OrganizationId && (x.EndDate is null || x.EndDate >= today)) == true)
                {
                    context.AddFailure(new FluentValidation.Results.ValidationFailure("", "Этот сотрудник уже работает в выбранной организации."));
                }
            }).When(f => f.MatchKey is not null);
        });
        RuleFor(f => f.MatchKey).CustomAsync(async (key, context, ct) =>
        {
            var (id, region) = context.InstanceToValidate.Existing!.Value;
            if (await RegionRegistry.Educators(db, region).AnyAsync(e => e.MatchKey == key && e.Id != id, ct))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure("",
                    "В реестре региона уже есть другой сотрудник с такими ФИО и датой рождения."));
            }
        }).When(f => f.Existing is not null && f.MatchKey is not null);
    }
}

/// <summary>
/// Adding a person to an organization's staff. A person is one record per region: when the region's registry already
/// has the same full name and birth date (employed elsewhere, maybe out of this user's sight), only the employment is
/// added here, and the message says so.
/// </summary>
public sealed class HireEducator(PortalDbContext db, IValidator<EducatorForm> validator)
{
    /// <returns>Done with the person's id.</returns>
    public async Task<Outcome> HandleAsync(EducatorForm form, CancellationToken ct)
    {
        form.Existing = null;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await Workplaces.Of(db).FirstAsync(o => o.Id == form.OrganizationId, ct);
        var educator = await RegionRegistry.FindAsync(db, organization.RegionId, form.MatchKey!, ct);
        var matched = educator is not null;
        if (educator is null)
        {
            educator = new Educator { RegionId = organization.RegionId };
            db.Educators.Add(educator);
        }

        form.ApplyTo(educator);
        db.Employments.Add(new Employment
        {
            RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = educator.Id, Position = form.Position!.Value,
            PersonnelNumber = FormText.OrNull(form.PersonnelNumber), IsMain = form.IsMain, StartDate = form.StartDate,
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done(matched
            ? $"{educator.FullName} уже есть в реестре региона (совпали ФИО и дата рождения): добавлено место работы в «{organization.DisplayName}»."
            : $"Сотрудник {educator.FullName} добавлен.", educator.Id);
    }
}
