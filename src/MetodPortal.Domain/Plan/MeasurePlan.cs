using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Plan;

/// <summary>
/// A plan of measures (seed 004 is one: «комплекс мер … на период до 2024 года»): the act that approved it, its period, and its measures grouped by
/// direction. The region's plan has no municipality; a municipality's own plan (МСНМС) names it.
/// </summary>
public sealed class MeasurePlan : IPlanScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The act that approved the plan, as it is cited: «распоряжение министерства … от 03.04.2023 № 458».</summary>
    public string ApprovedBy { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }

    public List<PlanMeasure> Measures { get; } = [];
}

/// <summary>
/// A measure of a plan: its number within the direction («3.2»), what is to be done, who answers for it (organizations of the tree, and the
/// subjects as the act names them), the executors, the deadline (<see cref="Deadline"/>), the expected result and, optionally, a target figure
/// the portal counts itself (<see cref="Target"/>).
/// </summary>
public sealed class PlanMeasure : IPlanScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int PlanId { get; set; }

    /// <summary>The direction's number and name («Направление 1 "Управление системой …"»).</summary>
    public int Direction { get; set; }
    public string DirectionTitle { get; set; } = "";
    public string Number { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The responsible subjects that are organizations of the tree.</summary>
    public int[] ResponsibleIds { get; set; } = [];

    /// <summary>The responsible subjects as the act names them (РМА, РУМО, universities…).</summary>
    public string Responsible { get; set; } = "";

    /// <summary>The executors by position («ректор ХК ИРО»), and the portal's users who report the measure.</summary>
    public string Executors { get; set; } = "";
    public int[] ExecutorUserIds { get; set; } = [];

    public DeadlineKind Deadline { get; set; }

    /// <summary>The date of a one-off measure; for a yearly one, the day and month it falls due each year (31 December without it).</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>For a measure due after a campaign's close: within how many days (30 in the act).</summary>
    public int? DaysAfter { get; set; }

    /// <summary>The deadline as the act words it («до 1 мая 2023 г.», «ежеквартально»).</summary>
    public string DeadlineText { get; set; } = "";
    public string ExpectedResult { get; set; } = "";

    public TargetKind Target { get; set; }
    public int? TargetIndicator { get; set; }
    public PlanCount? TargetCount { get; set; }
    public decimal? TargetValue { get; set; }

    public List<MeasureOccurrence> Occurrences { get; } = [];
}

public enum DeadlineKind
{
    [Display(Name = "к дате")]
    OnDate = 1,

    [Display(Name = "ежегодно")]
    Yearly = 2,

    [Display(Name = "ежеквартально")]
    Quarterly = 3,

    [Display(Name = "в N дней после закрытия мониторинга")]
    AfterCampaignClose = 4,
}

public enum TargetKind
{
    [Display(Name = "нет")]
    None = 0,

    [Display(Name = "показатель эффективности, %")]
    Indicator = 1,

    [Display(Name = "число записей реестра портала")]
    Count = 2,
}

/// <summary>The registry counts a target may be tied to (<c>PlanFigures</c> counts them from the portal's own data).</summary>
public enum PlanCount
{
    [Display(Name = "опубликованных практик в банке эффективных практик (за год)")]
    PublishedPractices = 1,

    [Display(Name = "методических мероприятий в навигаторе (за год)")]
    Events = 2,

    [Display(Name = "мероприятий для РМА и РУА (за год)")]
    AssetEvents = 3,

    [Display(Name = "мероприятий по профилактике выгорания (за год)")]
    BurnoutEvents = 4,

    [Display(Name = "экспертов в реестре (действующих)")]
    Experts = 5,

    [Display(Name = "ДПП в федеральном реестре")]
    FederalPrograms = 6,

    [Display(Name = "наставников в единой базе")]
    Mentors = 7,

    [Display(Name = "инновационных и стажировочных площадок (действующих)")]
    Sites = 8,
}
