using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class CompletionForm
{
    public int EducatorId { get; set; }
    public int? OrganizationId { get; set; }
    public int? ProgramId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? CertificateNumber { get; set; }
}

/// <summary>The card's form: its fields by <see cref="CompletionRules"/>; the programme, the workplace and a repeat are checked against the records.</summary>
public sealed class CompletionFormValidator : AbstractValidator<CompletionForm>
{
    public CompletionFormValidator(PortalDbContext db, TimeProvider clock)
    {
        RuleFor(f => f.OrganizationId)
            .MustAsync((f, id, ct) => RecordCompletion.Workplaces(db, f.EducatorId, clock.Today()).AnyAsync(x => x.OrganizationId == id, ct))
            .WithMessage("Выберите место работы педагога.");
        RuleFor(f => f.ProgramId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите программу из реестра ДПП.")
            .MustAsync((id, ct) => db.ProfessionalPrograms.AnyAsync(p => p.Id == id && p.IsActive, ct)).WithMessage("Выберите программу из реестра ДПП.");
        RuleFor(f => f.CompletedOn).NotNull().WithMessage(CompletionRules.DateMissing)
            .Must(d => CompletionRules.DateError(d, clock.Today()) is null).WithMessage(f => CompletionRules.DateError(f.CompletedOn, clock.Today())!);
        RuleFor(f => f.CertificateNumber).MaximumLength(CompletionRules.CertificateMaxLength).WithMessage(CompletionRules.CertificateTooLong);

        // A repeat is the form's error, not a field's: the same person, programme and date are already recorded.
        RuleFor(f => f.CompletedOn).CustomAsync(async (date, context, ct) =>
        {
            var f = context.InstanceToValidate;
            if (await db.ProgramCompletions.AnyAsync(c => c.EducatorId == f.EducatorId && c.ProgramId == f.ProgramId && c.CompletedOn == date, ct))
            {
                context.AddFailure(new FluentValidation.Results.ValidationFailure("", "Это прохождение уже записано: та же программа и та же дата окончания."));
            }
        }).When(f => f.ProgramId is not null && f.CompletedOn is not null);
    }
}

/// <summary>Recording that an educator of the user's scope completed a ДПП of the registry, at one of their current workplaces.</summary>
public sealed class RecordCompletion(PortalDbContext db, IValidator<CompletionForm> validator, TimeProvider clock)
{
    /// <returns>Done with the educator's id: their card is where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(CompletionForm form, CancellationToken ct)
    {
        if (!await Workplaces(db, form.EducatorId, clock.Today()).AnyAsync(ct))
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var program = await db.ProfessionalPrograms.FirstAsync(p => p.Id == form.ProgramId, ct);
        var completion = new ProgramCompletion
        {
            RegionId = program.RegionId, OrganizationId = form.OrganizationId!.Value, EducatorId = form.EducatorId, ProgramId = program.Id,
            CompletedOn = form.CompletedOn!.Value, CertificateNumber = FormText.OrNull(form.CertificateNumber),
        };
        db.ProgramCompletions.Add(completion);
        var reported = await RecordedEvidence.ReportAsync(db, form.EducatorId, i => i.Cohort!.ProgramId == program.Id,
            new RecordEvidence(EvidenceNote(program.Title, completion), Completion: completion), clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        var routeNote = reported ? RecordedEvidence.ReportedNote : "";
        return Outcome.Done($"Прохождение программы «{program.Title}» записано." + routeNote,
            form.EducatorId);
    }

    /// <summary>What the ИОМ item reported by a completion says of it.</summary>
    public static string EvidenceNote(string programTitle, ProgramCompletion completion) =>
        $"Пройдена ДПП «{programTitle}» ({Display.Date(completion.CompletedOn)}"
        + (completion.CertificateNumber is { } number ? $", удостоверение № {number})" : ")");

    /// <summary>The educator's current jobs in the user's scope (none: the educator is out of reach), main first.</summary>
    public static IQueryable<Domain.Staff.Employment> Workplaces(PortalDbContext db, int educatorId, DateOnly today) =>
        db.Employments.AsNoTracking().Where(x => x.EducatorId == educatorId && (x.EndDate == null || x.EndDate >= today)).OrderByDescending(x => x.IsMain);
}
