namespace MetodPortal.Domain.Mentoring;

/// <summary>The rules of a mentoring pair. Each returns the Russian reason a pair is refused, or null. Employment on the start date needs the
/// database and is checked by the caller.</summary>
public static class MentoringRules
{
    /// <summary>Inclusive periods overlap when each starts before the other ends.</summary>
    public static bool Overlaps(DateOnly from1, DateOnly to1, DateOnly from2, DateOnly to2) => from1 <= to2 && from2 <= to1;

    public static string? PeriodError(DateOnly from, DateOnly to) => to < from ? "Дата окончания раньше даты начала." : null;

    public static string? PeopleError(MentoringForm form, int mentorId, int? menteeId, string? studentName) => form switch
    {
        MentoringForm.StudentToTeacher when string.IsNullOrWhiteSpace(studentName) => "Укажите ФИО студента.",
        MentoringForm.StudentToTeacher => null,
        _ when menteeId is null => "Выберите наставляемого.",
        _ when menteeId == mentorId => "Наставник и наставляемый — один и тот же человек.",
        _ => null,
    };

    /// <summary>The pair's period lies inside its programme's.</summary>
    public static string? WithinProgramError(MentoringProgram program, DateOnly from, DateOnly to) =>
        from < program.PeriodFrom || to > program.PeriodTo
            ? $"Период пары выходит за период программы ({program.PeriodFrom:dd.MM.yyyy} — {program.PeriodTo:dd.MM.yyyy})."
            : null;

    /// <summary>The same two people (in either role) may not be paired twice over overlapping periods.</summary>
    public static string? OverlapError(IEnumerable<MentoringPair> sameTwoPeople, int? pairId, DateOnly from, DateOnly to) =>
        sameTwoPeople.Any(p => p.Id != pairId && Overlaps(p.PeriodFrom, p.ClosedOn ?? p.PeriodTo, from, to))
            ? "У этих двух педагогов уже есть пара на пересекающийся период."
            : null;

    /// <summary>Closing records the outcome: a date inside the pair's period and a result.</summary>
    public static string? CloseError(MentoringPair pair, PairStatus status, DateOnly? closedOn, string? result)
    {
        if (!pair.IsActive)
        {
            return "Пара уже закрыта.";
        }

        if (status == PairStatus.Active)
        {
            return "Выберите, чем закончилась работа пары.";
        }

        if (closedOn is not { } date || date < pair.PeriodFrom)
        {
            return "Укажите дату закрытия — не раньше начала работы пары.";
        }

        return string.IsNullOrWhiteSpace(result) ? "Опишите результат работы пары." : null;
    }
}
