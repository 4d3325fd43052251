using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class PairForm
{
    /// <summary>The form of mentoring (named so that it does not clash with the posted form).</summary>
    public MentoringForm? Kind { get; set; }
    public int? MentorId { get; set; }
    public int? MenteeId { get; set; }
    public string? StudentName { get; set; }
    public string? CompetenceFocus { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }

    /// <summary>The programme and the pair edited, set by the use case (never posted): the rules against the records need them.</summary>
    [BindNever]
    public (MentoringProgram Program, int? PairId)? Context { get; set; }

    public static PairForm From(MentoringPair p) => new()
    {
        Kind = p.Form, MentorId = p.MentorId, MenteeId = p.MenteeId, StudentName = p.StudentName, CompetenceFocus = p.CompetenceFocus,
            PeriodFrom = p.PeriodFrom,
        PeriodTo = p.PeriodTo,
    };

    public void ApplyTo(MentoringPair p)
    {
        var student = Kind == MentoringForm.StudentToTeacher;
        (p.Form, p.MentorId, p.MenteeId, p.StudentName, p.CompetenceFocus, p.PeriodFrom, p.PeriodTo) =
            (Kind!.Value, MentorId!.Value, student ? null : MenteeId, student ? FormText.OrNull(StudentName) : null, FormText.OrNull(CompetenceFocus),
             PeriodFrom!.Value, PeriodTo!.Value);
    }
}

/// <summary>
/// A pair's fields, and against the records once they hold: inside the programme's period, both people employed at
/// its organization (inside the user's scope, by the filter) on the start date — or the mentor one of <see cref="MunicipalMentors"/>
/// serving its municipality —, no overlapping pair of the same two.
/// </summary>
public sealed class PairValidator : AbstractValidator<PairForm>
{
    public PairValidator(PortalDbContext db)
    {
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите форму наставничества.");
        RuleFor(f => f.MentorId).NotNull().WithMessage("Выберите наставника.");
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage("Укажите дату начала.");
        RuleFor(f => f.PeriodTo).NotNull().WithMessage("Укажите дату окончания.");
        RuleFor(f => f.StudentName).MaximumLength(300).WithMessage("ФИО студента — не длиннее 300 символов.");
        RuleFor(f => f.CompetenceFocus).MaximumLength(500).WithMessage("Направление — не длиннее 500 символов.");
        RuleFor(f => f).Custom((f, context) =>
        {
            if (f.Kind is { } form && f.MentorId is { } mentor && MentoringRules.PeopleError(form, mentor, f.MenteeId, f.StudentName) is { } error)
            {
                context.AddFailure(form == MentoringForm.StudentToTeacher ? nameof(f.StudentName) : nameof(f.MenteeId), error);
            }

            if (f.PeriodFrom is { } from && f.PeriodTo is { } to && MentoringRules.PeriodError(from, to) is { } period)
            {
                context.AddFailure(nameof(f.PeriodTo), period);
            }
        });
        RuleFor(f => f).CustomAsync((f, context, ct) => CheckRecordsAsync(db, f, context, ct)).When(Complete);
    }

    /// <summary>The fields the rules against the records need are there and agree with each other.</summary>
    private static bool Complete(PairForm f) =>
        f.Context is not null && f.Kind is { } kind && f.MentorId is { } mentor && f.PeriodFrom is { } from && f.PeriodTo is { } to
        && MentoringRules.PeopleError(kind, mentor, f.MenteeId, f.StudentName) is null && MentoringRules.PeriodError(from, to) is null;

    private static async Task CheckRecordsAsync(PortalDbContext db, PairForm form, ValidationContext<PairForm> errors, CancellationToken ct)
    {
        var (program, pairId) = form.Context!.Value;
        var from = form.PeriodFrom!.Value;
        var to = form.PeriodTo!.Value;
        if (MentoringRules.WithinProgramError(program, from, to) is { } outside)
        {
            errors.AddFailure(nameof(form.PeriodFrom), outside);
        }

        var student = form.Kind == MentoringForm.StudentToTeacher;
        var people = student ? [form.MentorId!.Value] : new[] { form.MentorId!.Value, form.MenteeId!.Value };
        var employed = await db.Employments
            .Where(x => x.OrganizationId == program.OrganizationId && people.Contains(x.EducatorId) && (x.StartDate == null || x.StartDate <= from)
                && (x.EndDate == null || x.EndDate >= from))
            .Select(x => x.EducatorId).Distinct().ToListAsync(ct);
        if (!employed.Contains(form.MentorId!.Value)
            && !(await MunicipalMentors.ServingAsync(db, program.OrganizationId, from, ct)).Any(m => m.Id == form.MentorId))
        {
            errors.AddFailure(nameof(form.MentorId),
                $"Наставник не работает в организации на дату начала пары ({Display.Date(from)}) и не состоит в реестре наставников муниципалитета.");
        }

        if (student)
        {
            return;
        }

        var (a, b) = (form.MentorId!.Value, form.MenteeId!.Value);
        if (!employed.Contains(b))
        {
            errors.AddFailure(nameof(form.MenteeId), $"Наставляемый не работает в организации на дату начала пары ({Display.Date(from)}).");
        }

        var same = await db.MentoringPairs.AsNoTracking().Where(p => (p.MentorId == a && p.MenteeId == b)
            || (p.MentorId == b && p.MenteeId == a)).ToListAsync(ct);
        if (MentoringRules.OverlapError(same, pairId, from, to) is { } overlap)
        {
            errors.AddFailure(new FluentValidation.Results.ValidationFailure("", overlap));
        }
    }
}

/// <summary>Adding a mentoring pair to a programme, by the rules of <see cref="PairValidator"/>.</summary>
public sealed class FormPair(PortalDbContext db, IValidator<PairForm> validator)
{
    public async Task<Outcome> HandleAsync(int programId, PairForm form, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.FirstOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null)
        {
            return Outcome.NotFound;
        }

        form.Context = (program, null);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        Add(db, program, form);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Наставническая пара добавлена.");
    }

    /// <summary>The start a new pair is offered: today inside the programme's period, else the period's first day.</summary>
    public static DateOnly DefaultStart(MentoringProgram program, DateOnly today) =>
        today < program.PeriodFrom || today > program.PeriodTo ? program.PeriodFrom : today;

    /// <summary>Adds a checked pair to the programme; the caller saves (one pair or many).</summary>
    public static void Add(PortalDbContext db, MentoringProgram program, PairForm form)
    {
        var pair = new MentoringPair { RegionId = program.RegionId, OrganizationId = program.OrganizationId, ProgramId = program.Id };
        form.ApplyTo(pair);
        db.MentoringPairs.Add(pair);
    }

    /// <summary>Who can be chosen for a pair or as curator: the organization's staff employed now (the filter keeps it in scope).</summary>
    public static async Task<List<StaffChoice>> StaffAsync(PortalDbContext db, int organizationId, DateOnly today, CancellationToken ct) =>
        (await db.Employments.AsNoTracking()
            .Where(x => x.OrganizationId == organizationId && (x.EndDate == null || x.EndDate >= today))
            .Select(x => x.Educator!).Distinct()
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ToListAsync(ct))
        .Select(e => new StaffChoice(e.Id, e.FullName, e.IsYoung(today), e.IsInFirstYears(today))).ToList();
}

/// <summary>An employee offered in a pair's lists, with the flags a mentoring curator looks at.</summary>
public sealed record StaffChoice(int Id, string Name, bool IsYoung, bool IsInFirstYears)
{
    public string Label => (IsYoung, IsInFirstYears) switch
    {
        (true, true) => $"{Name} (молодой, первые 3 года)",
        (true, false) => $"{Name} (молодой)",
        (false, true) => $"{Name} (первые 3 года)",
        _ => Name,
    };

    public Choice AsChoice => new(Id, Label);
}
