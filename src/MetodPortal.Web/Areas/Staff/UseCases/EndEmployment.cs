using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>Ending an employment: the person and the history stay; only the "to" date is set.</summary>
public sealed class EndEmploymentForm
{
    [Display(Name = "Дата увольнения")]
    public DateOnly? EndDate { get; set; }
}

/// <summary>The date itself; that it is not before the employment's start is checked against the record.</summary>
public sealed class EndEmploymentValidator : AbstractValidator<EndEmploymentForm>
{
    public EndEmploymentValidator(TimeProvider clock) =>
        RuleFor(f => f.EndDate).NotNull().WithMessage("Укажите дату увольнения.")
            .Must(d => d is null || d <= clock.Today().AddYears(1)).WithMessage("Дата увольнения — не позже чем через год.");
}
