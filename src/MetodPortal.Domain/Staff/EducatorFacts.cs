namespace MetodPortal.Domain.Staff;

/// <summary>
/// Age and length of service as of a date, and the flags the indicators use. A period of N years from a date ends on
/// the same day N years later (29 February → 28 February), exactly as PostgreSQL's <c>date + interval 'N years'</c>
/// does, so the pages, the filters and the SQL agree on every boundary day.
/// </summary>
public static class EducatorFacts
{
    /// <summary>«Молодой педагог»: under 35 years of age.</summary>
    public const int YoungAgeLimit = 35;

    /// <summary>«Первые 3 года работы»: under 3 years in the profession.</summary>
    public const int FirstYearsLimit = 3;

    public static int FullYears(DateOnly from, DateOnly on)
    {
        var years = on.Year - from.Year;
        return from.AddYears(years) > on ? years - 1 : years;
    }

    /// <summary>Young until the day before the 35th birthday.</summary>
    public static bool IsYoung(DateOnly birthDate, DateOnly on) => birthDate.AddYears(YoungAgeLimit) > on;

    /// <summary>In the first 3 years from the start date up to the day before its third anniversary; unknown start: no.</summary>
    public static bool IsInFirstYears(DateOnly? professionStart, DateOnly on) =>
        professionStart is { } start && start <= on && start.AddYears(FirstYearsLimit) > on;
}
