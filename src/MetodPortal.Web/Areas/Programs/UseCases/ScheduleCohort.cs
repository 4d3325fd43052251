using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class CohortForm
{
    [Display(Name = "Где проходит")]
    public int? MunicipalityId { get; set; }

    [Display(Name = "Начало")]
    public DateOnly? StartsOn { get; set; }

    [Display(Name = "Окончание")]
    public DateOnly? EndsOn { get; set; }

    [Display(Name = "Место проведения")]
    public string? Place { get; set; }

    [Display(Name = "онлайн (доступен педагогам всего края)")]
    public bool IsOnline { get; set; }

    [Display(Name = "Мест")]
    public int? Seats { get; set; }

    [Display(Name = "Запись до")]
    public DateOnly? EnrolmentDeadline { get; set; }

    public void ApplyTo(ProgramCohort c) =>
        (c.MunicipalityId, c.StartsOn, c.EndsOn, c.Place, c.IsOnline, c.Seats, c.EnrolmentDeadline) =
        (MunicipalityId, StartsOn!.Value, EndsOn!.Value, FormText.OrNull(Place), IsOnline, Seats!.Value, EnrolmentDeadline);
}

public sealed class CohortValidator : AbstractValidator<CohortForm>
{
    public CohortValidator(PortalDbContext db)
    {
        RuleFor(f => f.StartsOn).NotNull().WithMessage("Укажите дату начала.");
        RuleFor(f => f.EndsOn).NotNull().WithMessage("Укажите дату окончания.");
        RuleFor(f => f.Seats).NotNull().WithMessage("Укажите число мест.")
            .InclusiveBetween(1, CohortRules.MaxSeats).WithMessage($"Мест — от 1 до {CohortRules.MaxSeats}.");
        RuleFor(f => f.Place).MaximumLength(300).WithMessage("Место — не длиннее 300 символов.");
        RuleFor(f => f.EndsOn).Must((f, _) => CohortRules.DatesError(f.StartsOn!.Value, f.EndsOn!.Value, f.EnrolmentDeadline) is null)
            .When(f => f.StartsOn is not null && f.EndsOn is not null)
            .WithMessage(f => CohortRules.DatesError(f.StartsOn!.Value, f.EndsOn!.Value, f.EnrolmentDeadline));
        RuleFor(f => f.MunicipalityId).MustAsync(async (id, ct) => id is null || await db.Municipalities.AnyAsync(m => m.Id == id, ct))
            .WithMessage("Выберите муниципалитет из списка.");
    }
}

/// <summary>A new cohort in the schedule of a ДПП of the region's registry (kept by ЦНППМ / ИРО, like the registry).</summary>
public sealed class ScheduleCohort(PortalDbContext db, IValidator<CohortForm> validator)
{
    public async Task<Outcome> HandleAsync(int programId, CohortForm form, CancellationToken ct)
    {
        var program = await db.ProfessionalPrograms.FirstOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var cohort = new ProgramCohort { RegionId = program.RegionId, ProgramId = program.Id };
        form.ApplyTo(cohort);
        db.ProgramCohorts.Add(cohort);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Поток {Display.Date(cohort.StartsOn)} — {Display.Date(cohort.EndsOn)} добавлен в план-график.", cohort.Id);
    }
}
