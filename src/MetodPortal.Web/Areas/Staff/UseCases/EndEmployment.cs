using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>Ending an employment: the person and the history stay; only the "to" date is set.</summary>
public sealed class EndEmploymentForm
{
    [Display(Name = "Дата увольнения")]
    public DateOnly? EndDate { get; set; }

    /// <summary>The employment's start, set by the use case from the record (never posted): the end may not be before it.</summary>
    [BindNever]
    public DateOnly? StartDate { get; set; }
}

/// <summary>The date: given, not more than a year ahead, not before the employment's start.</summary>
public sealed class EndEmploymentValidator : AbstractValidator<EndEmploymentForm>
{
    public EndEmploymentValidator(TimeProvider clock) =>
        RuleFor(f => f.EndDate).Cascade(CascadeMode.Stop).NotNull().WithMessage("Укажите дату увольнения.")
            .Must(d => d <= clock.Today().AddYears(1)).WithMessage("Дата увольнения — не позже чем через год.")
            .Must((f, d) => f.StartDate is not { } start || d >= start).WithMessage(f => $"Дата увольнения раньше даты приёма ({Display.Date(f.StartDate)}).");
}

/// <summary>Ending one of a person's employments: the person, the employment and its history stay, with the "to" date.</summary>
public sealed class EndEmployment(PortalDbContext db, IValidator<EndEmploymentForm> validator)
{
    public async Task<Outcome> HandleAsync(int educatorId, int employmentId, EndEmploymentForm form, CancellationToken ct)
    {
        var job = await Load(db, educatorId, employmentId).FirstOrDefaultAsync(ct);
        if (job is null)
        {
            return Outcome.NotFound;
        }

        form.StartDate = job.StartDate;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        job.EndDate = form.EndDate;
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Работа в «{job.Organization!.DisplayName}» завершена {Display.Date(job.EndDate)}. Сведения о сотруднике сохранены.");
    }

    /// <summary>The person's employment with its organization and person, through the scoped context.</summary>
    public static IQueryable<Domain.Staff.Employment> Load(PortalDbContext db, int educatorId, int employmentId) =>
        db.Employments.Include(x => x.Educator).Include(x => x.Organization).Where(x => x.Id == employmentId && x.EducatorId == educatorId);
}
