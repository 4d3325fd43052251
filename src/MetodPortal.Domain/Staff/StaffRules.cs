namespace MetodPortal.Domain.Staff;

/// <summary>Plausibility rules for dates, worded for the user; the form and the import use the same ones.</summary>
public static class StaffRules
{
    public static string? BirthDateError(DateOnly birthDate, DateOnly today) =>
        birthDate > today.AddYears(-16) ? "Дата рождения: сотруднику должно быть не меньше 16 лет."
        : birthDate < today.AddYears(-100) ? "Дата рождения: проверьте год (больше 100 лет назад)."
        : null;

    public static string? ProfessionStartError(DateOnly start, DateOnly birthDate, DateOnly today) =>
        start > today ? "Дата начала педагогической деятельности не может быть в будущем."
        : start < birthDate.AddYears(14) ? "Дата начала педагогической деятельности — раньше 14 лет от даты рождения."
        : null;
}
