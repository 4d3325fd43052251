using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class ProgramForm
{
    public int? OrganizationId { get; set; }
    public string Title { get; set; } = "";
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }
    public int? CuratorId { get; set; }

    public static ProgramForm From(MentoringProgram p) => new()
    {
        OrganizationId = p.OrganizationId, Title = p.Title, OrderNumber = p.OrderNumber, OrderDate = p.OrderDate, PeriodFrom = p.PeriodFrom, PeriodTo = p.PeriodTo,
        CuratorId = p.CuratorId,
    };

    public void ApplyTo(MentoringProgram p) =>
        (p.Title, p.OrderNumber, p.OrderDate, p.PeriodFrom, p.PeriodTo, p.CuratorId) =
        (Title.Trim(), FormText.OrNull(OrderNumber), OrderDate, PeriodFrom!.Value, PeriodTo!.Value, CuratorId);
}

public sealed class ProgramValidator : AbstractValidator<ProgramForm>
{
    public ProgramValidator()
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Укажите название программы.").MaximumLength(500).WithMessage("Название — не длиннее 500 символов.");
        RuleFor(f => f.OrderNumber).MaximumLength(100).WithMessage("Номер приказа — не длиннее 100 символов.");
        RuleFor(f => f.PeriodFrom).NotNull().WithMessage("Укажите начало периода.");
        RuleFor(f => f.PeriodTo).NotNull().WithMessage("Укажите окончание периода.");
        RuleFor(f => f.PeriodTo).GreaterThanOrEqualTo(f => f.PeriodFrom).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Окончание периода раньше его начала.");
        RuleFor(f => f.PeriodTo).Must((f, to) => to!.Value <= f.PeriodFrom!.Value.AddYears(5)).When(f => f.PeriodFrom is not null && f.PeriodTo is not null)
            .WithMessage("Программа — не дольше 5 лет.");
        RuleFor(f => f.OrderDate).Must((f, date) => date <= f.PeriodTo).When(f => f.OrderDate is not null && f.PeriodTo is not null)
            .WithMessage("Приказ датирован позже окончания программы.");
    }
}

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

    public static PairForm From(MentoringPair p) => new()
    {
        Kind = p.Form, MentorId = p.MentorId, MenteeId = p.MenteeId, StudentName = p.StudentName, CompetenceFocus = p.CompetenceFocus, PeriodFrom = p.PeriodFrom,
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

public sealed class PairValidator : AbstractValidator<PairForm>
{
    public PairValidator()
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
    }
}

public sealed class ClosePairForm
{
    public PairStatus Status { get; set; } = PairStatus.Completed;
    public DateOnly? ClosedOn { get; set; }
    public string? Result { get; set; }
}

/// <summary>The fields of closing a pair; against the pair itself (still active, not before its start) is <c>MentoringRules.CloseError</c>.</summary>
public sealed class ClosePairValidator : AbstractValidator<ClosePairForm>
{
    public ClosePairValidator(TimeProvider clock)
    {
        RuleFor(f => f.Status).Must(s => s is PairStatus.Completed or PairStatus.Terminated).WithMessage("Выберите, чем закончилась работа пары.");
        RuleFor(f => f.ClosedOn).NotNull().WithMessage("Укажите дату закрытия.")
            .Must(d => d is null || d <= clock.Today()).WithMessage("Дата закрытия не может быть в будущем.");
        RuleFor(f => f.Result).NotEmpty().WithMessage("Опишите результат работы пары.").MaximumLength(2000).WithMessage("Результат — не длиннее 2000 символов.");
    }
}

/// <summary>The rules of a pair that need the database: both people employed at the programme's organization (inside the user's scope, by the filter) on the start date, no overlapping pair of the same two.</summary>
public static class SaveMentoring
{
    /// <summary>Who can be chosen for a pair or as curator: the organization's staff employed now (the filter keeps it in scope).</summary>
    public static async Task<List<StaffChoice>> StaffAsync(PortalDbContext db, int organizationId, DateOnly today, CancellationToken ct) =>
        (await db.Employments.AsNoTracking()
            .Where(x => x.OrganizationId == organizationId && (x.EndDate == null || x.EndDate >= today))
            .Select(x => x.Educator!).Distinct()
            .OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ToListAsync(ct))
        .Select(e => new StaffChoice(e.Id, e.FullName, e.IsYoung(today), e.IsInFirstYears(today))).ToList();

    public static async Task CheckAsync(PortalDbContext db, PairForm form, MentoringProgram program, int? pairId, ModelStateDictionary errors, CancellationToken ct)
    {
        if (!errors.IsValid)
        {
            return;
        }

        var from = form.PeriodFrom!.Value;
        var to = form.PeriodTo!.Value;
        if (MentoringRules.WithinProgramError(program, from, to) is { } outside)
        {
            errors.AddModelError(nameof(form.PeriodFrom), outside);
        }

        var people = form.Kind == MentoringForm.StudentToTeacher ? [form.MentorId!.Value] : new[] { form.MentorId!.Value, form.MenteeId!.Value };
        var employed = await db.Employments.Where(x => x.OrganizationId == program.OrganizationId && people.Contains(x.EducatorId) && (x.StartDate == null || x.StartDate <= from) && (x.EndDate == null || x.EndDate >= from))
            .Select(x => x.EducatorId).Distinct().ToListAsync(ct);
        if (!employed.Contains(form.MentorId!.Value))
        {
            errors.AddModelError(nameof(form.MentorId), $"Наставник не работает в организации на дату начала пары ({Display.Date(from)}).");
        }

        if (form.MenteeId is { } mentee && form.Kind != MentoringForm.StudentToTeacher && !employed.Contains(mentee))
        {
            errors.AddModelError(nameof(form.MenteeId), $"Наставляемый не работает в организации на дату начала пары ({Display.Date(from)}).");
        }

        if (form.MenteeId is { } b && form.Kind != MentoringForm.StudentToTeacher)
        {
            var a = form.MentorId!.Value;
            var same = await db.MentoringPairs.AsNoTracking()
                .Where(p => (p.MentorId == a && p.MenteeId == b) || (p.MentorId == b && p.MenteeId == a)).ToListAsync(ct);
            if (MentoringRules.OverlapError(same, pairId, from, to) is { } overlap)
            {
                errors.AddModelError("", overlap);
            }
        }
    }
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
