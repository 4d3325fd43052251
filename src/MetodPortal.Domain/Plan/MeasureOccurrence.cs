using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Plan;

/// <summary>
/// One occurrence of a measure (once, a year, a quarter, a campaign's analysis: <see cref="MeasureSchedule"/>), with its report: what was done,
/// the result document (a file or a link to a record of the portal) and the date. Overdue is not stored: it is a planned occurrence past its
/// due date in the region's time (<see cref="StateOn"/>).
/// </summary>
public sealed class MeasureOccurrence : IPlanScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int? MunicipalityId { get; set; }
    public int MeasureId { get; set; }

    /// <summary>Which occurrence of the schedule: «2024», «2024-Q2», «campaign:5», «once».</summary>
    public string Key { get; set; } = "";
    public string Period { get; set; } = "";
    public DateOnly Due { get; set; }
    public int? CampaignId { get; set; }
    public OccurrenceStatus Status { get; set; } = OccurrenceStatus.Planned;

    public DateOnly? DoneOn { get; set; }
    public string? Report { get; set; }
    public string? Link { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
    public string? ReportedBy { get; set; }

    public PlanMeasure? Measure { get; set; }

    public bool IsReported => Status == OccurrenceStatus.Done;

    /// <summary>Where the occurrence stands on the region's <paramref name="today"/>.</summary>
    public OccurrenceState StateOn(DateOnly today) => Status switch
    {
        OccurrenceStatus.Cancelled => OccurrenceState.Cancelled,
        OccurrenceStatus.Done => DoneOn > Due ? OccurrenceState.DoneLate : OccurrenceState.DoneOnTime,
        _ => Due < today ? OccurrenceState.Overdue : OccurrenceState.Upcoming,
    };

    /// <summary>Marks the occurrence done on <paramref name="on"/> with what was done; a cancelled one is not reported.</summary>
    public string? Complete(DateOnly on, string report, string? link, string by)
    {
        if (Status == OccurrenceStatus.Cancelled)
        {
            return "Мероприятие отменено: отчёт по нему не принимается.";
        }

        (Status, DoneOn, Report, Link, ReportedBy) = (OccurrenceStatus.Done, on, report, link, by);
        return null;
    }
}

public enum OccurrenceStatus
{
    [Display(Name = "запланировано")]
    Planned = 1,

    [Display(Name = "выполнено")]
    Done = 2,

    [Display(Name = "отменено")]
    Cancelled = 3,
}

/// <summary>An occurrence as the execution report counts it.</summary>
public enum OccurrenceState
{
    [Display(Name = "выполнено в срок")]
    DoneOnTime = 1,

    [Display(Name = "выполнено с опозданием")]
    DoneLate = 2,

    [Display(Name = "просрочено")]
    Overdue = 3,

    [Display(Name = "предстоит")]
    Upcoming = 4,

    [Display(Name = "отменено")]
    Cancelled = 5,
}
