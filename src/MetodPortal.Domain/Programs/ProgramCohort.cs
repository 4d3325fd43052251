using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Programs;

/// <summary>
/// One run of a ДПП in the region's schedule of courses («план-график курсов»): its dates, where it is held (a municipality,
/// the region's centre, or online), its seats and the last day to enrol. ИОМ items are linked to a cohort, not to the programme.
/// </summary>
public sealed class ProgramCohort : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int ProgramId { get; set; }

    /// <summary>The municipality it is held in; null for a cohort of the region's centre.</summary>
    public int? MunicipalityId { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? Place { get; set; }

    /// <summary>Held online: within reach of every educator of the region.</summary>
    public bool IsOnline { get; set; }
    public int Seats { get; set; }
    public DateOnly? EnrolmentDeadline { get; set; }

    public ProfessionalProgram? Program { get; set; }
    public Organizations.Municipality? Municipality { get; set; }

    /// <summary>Whether an educator can still be enrolled on <paramref name="today"/>.</summary>
    public bool IsOpenOn(DateOnly today) => (EnrolmentDeadline ?? StartsOn) >= today;
}

public static class CohortRules
{
    public const int MaxSeats = 1000;

    public static string? DatesError(DateOnly startsOn, DateOnly endsOn, DateOnly? enrolmentDeadline) =>
        endsOn < startsOn ? "Дата окончания не может быть раньше даты начала."
        : enrolmentDeadline > startsOn ? "Запись должна закончиться не позже начала обучения."
        : null;
}
