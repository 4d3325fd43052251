using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class ClosePairForm
{
    public PairStatus Status { get; set; } = PairStatus.Completed;
    public DateOnly? ClosedOn { get; set; }
    public string? Result { get; set; }
}

/// <summary>The fields of closing a pair; against the pair itself (still active, not before its start) is <see cref="MentoringPair.Close"/>.</summary>
public sealed class ClosePairValidator : AbstractValidator<ClosePairForm>
{
    public ClosePairValidator(TimeProvider clock)
    {
        RuleFor(f => f.Status).Must(s => s is PairStatus.Completed or PairStatus.Terminated).WithMessage("Выберите, чем закончилась работа пары.");
        RuleFor(f => f.ClosedOn).NotNull().WithMessage("Укажите дату закрытия.")
            .Must(d => d is null || d <= clock.Today()).WithMessage("Дата закрытия не может быть в будущем.");
        RuleFor(f => f.Result).NotEmpty().WithMessage("Опишите результат работы пары.").MaximumLength(2000)
            .WithMessage("Результат — не длиннее 2000 символов.");
    }
}

/// <summary>Closing an active mentoring pair with its result (<see cref="MentoringPair.Close"/>); a pair made for an ИОМ item and completed
/// reports the item for the tutor (<see cref="RecordedEvidence"/>).</summary>
public sealed class ClosePair(PortalDbContext db, IValidator<ClosePairForm> validator, TimeProvider clock)
{
    /// <returns>Done with the programme's id: its card is where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int pairId, ClosePairForm form, CancellationToken ct)
    {
        var pair = await db.MentoringPairs.FirstOrDefaultAsync(p => p.Id == pairId, ct);
        if (pair is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        if (pair.Close(form.Status, form.ClosedOn, form.Result) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        var reported = pair is { Status: PairStatus.Completed, MenteeId: { } mentee } && await RecordedEvidence.ReportAsync(db, mentee,
            i => i.PairId == pair.Id, new RecordEvidence($"Наставничество завершено {Display.Date(pair.ClosedOn)}: {pair.Result}", ByPair: true),
            clock.Today(), ct);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Пара закрыта: {pair.Status.Name()}." + (reported ? RecordedEvidence.ReportedNote : ""), pair.ProgramId);
    }
}
