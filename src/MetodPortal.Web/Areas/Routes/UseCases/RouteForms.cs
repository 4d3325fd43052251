using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Domain;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>The route's header: whose it is (fixed on create), its organization, tutor and period.</summary>
public sealed class RouteForm
{
    public int EducatorId { get; set; }
    public int? DiagnosticId { get; set; }

    /// <summary>The version of the route the edit page showed (see <see cref="Domain.IVersioned"/>).</summary>
    public uint? Version { get; set; }

    [Display(Name = "Организация")]
    public int? OrganizationId { get; set; }

    [Display(Name = "Тьютор")]
    public int? TutorUserId { get; set; }

    [Display(Name = "Начало периода")]
    public DateOnly? PeriodFrom { get; set; }

    [Display(Name = "Окончание периода")]
    public DateOnly? PeriodTo { get; set; }

    [Display(Name = "Примечание")]
    public string? Note { get; set; }

    public static RouteForm From(IndividualRoute r) => new()
    {
        EducatorId = r.EducatorId, DiagnosticId = r.DiagnosticId, OrganizationId = r.OrganizationId, TutorUserId = r.TutorUserId,
        PeriodFrom = r.PeriodFrom, PeriodTo = r.PeriodTo, Note = r.Note, Version = r.Version,
    };

    public void ApplyTo(IndividualRoute r) =>
        (r.OrganizationId, r.TutorUserId, r.PeriodFrom, r.PeriodTo, r.Note) =
        (OrganizationId!.Value, TutorUserId, PeriodFrom!.Value, PeriodTo!.Value, FormText.OrNull(Note));
}

public sealed class RouteValidator : AbstractValidator<RouteForm>
{
    public RouteValidator()
    {
        RuleFor(f => f.OrganizationId).NotNull().WithMessage("Выберите организацию.");
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage("Укажите начало периода.");
        RuleFor(f => f.PeriodTo).NotNull().WithMessage("Укажите окончание периода.");
        RuleFor(f => f.PeriodTo).GreaterThan(f => f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Окончание периода должно быть позже начала.");
        RuleFor(f => f.PeriodTo).Must((f, to) => to <= f.PeriodFrom!.Value.AddYears(3)).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("ИОМ составляют не больше чем на три года.");
        RuleFor(f => f.Note).MaximumLength(2000).WithMessage("Примечание — не длиннее 2000 символов.");
    }
}

public sealed class RouteItemForm
{
    [Display(Name = "Дефицит")]
    public int? CompetenceAreaId { get; set; }

    [Display(Name = "Цель")]
    public string Goal { get; set; } = "";

    [Display(Name = "Форма работы")]
    public ActivityForm? Activity { get; set; }

    [Display(Name = "Срок")]
    public DateOnly? Deadline { get; set; }

    [Display(Name = "Ожидаемый результат")]
    public string? ExpectedResult { get; set; }

    public static RouteItemForm From(RouteItem i) => new()
    {
        CompetenceAreaId = i.CompetenceAreaId, Goal = i.Goal, Activity = i.Form, Deadline = i.Deadline, ExpectedResult = i.ExpectedResult,
    };

    public void ApplyTo(RouteItem i) =>
        (i.CompetenceAreaId, i.Goal, i.Form, i.Deadline, i.ExpectedResult) =
        (CompetenceAreaId, Goal.Trim(), Activity!.Value, Deadline!.Value, FormText.OrNull(ExpectedResult));
}

public sealed class RouteItemValidator : AbstractValidator<RouteItemForm>
{
    public RouteItemValidator()
    {
        RuleFor(f => f.Goal).NotEmpty().WithMessage("Сформулируйте цель пункта.").MaximumLength(1000).WithMessage("Цель — не длиннее 1000 символов.");
        RuleFor(f => f.Activity).NotNull().WithMessage("Выберите форму работы.").IsInEnum().WithMessage("Выберите форму работы из списка.");
        RuleFor(f => f.Deadline).NotNull().WithMessage("Укажите срок.");
        RuleFor(f => f.ExpectedResult).MaximumLength(1000).WithMessage("Ожидаемый результат — не длиннее 1000 символов.");
    }
}

/// <summary>What reporting an item posts: a note, an evidence file, or both.</summary>
public sealed class ItemActionForm
{
    public string? Note { get; set; }
    public IFormFile? File { get; set; }
}
