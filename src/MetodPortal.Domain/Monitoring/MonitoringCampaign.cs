using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// The annual monitoring of a region (seed 003 §6–7): a year, the reporting date age and service are taken on, the
/// deadline for the organizations' forms (a moment, shown in the region's local time), and a threshold per indicator.
/// </summary>
public sealed class MonitoringCampaign : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int Year { get; set; }
    public DateOnly ReportingDate { get; set; }
    public DateTimeOffset Deadline { get; set; }
    public CampaignStatus Status { get; set; } = CampaignStatus.Preparation;

    /// <summary>The threshold of each indicator in percent, in passport order (6 % each by default).</summary>
    public decimal[] Thresholds { get; set; } = [.. Enumerable.Repeat(Indicators.DefaultThreshold, Indicators.Count)];
    public DateTimeOffset? OpenedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    public decimal ThresholdOf(int number) => Thresholds[number - 1];

    /// <summary>A campaign in preparation opens at <paramref name="now"/>; its forms are then filled. Otherwise the refusal.</summary>
    public string? Open(DateTimeOffset now)
    {
        if (Status != CampaignStatus.Preparation)
        {
            return "Мониторинг уже открыт.";
        }

        (Status, OpenedAt) = (CampaignStatus.Open, now);
        return null;
    }

    /// <summary>An open campaign closes at <paramref name="now"/>; its forms are then read only.</summary>
    public string? Close(DateTimeOffset now)
    {
        if (Status != CampaignStatus.Open)
        {
            return Status == CampaignStatus.Closed ? "Мониторинг уже закрыт." : "Мониторинг ещё не открыт: закрыть можно только открытый.";
        }

        (Status, ClosedAt) = (CampaignStatus.Closed, now);
        return null;
    }

    /// <summary>Why a campaign's settings may not change: a closed campaign stays as it was counted.</summary>
    public string? ReviseError => Status == CampaignStatus.Closed ? "Закрытый мониторинг не изменяется." : null;
}

public enum CampaignStatus
{
    [Display(Name = "подготовка")]
    Preparation = 1,

    [Display(Name = "открыт")]
    Open = 2,

    [Display(Name = "закрыт")]
    Closed = 3,
}

/// <summary>An organization's monitoring form in a campaign: the declared counts, the workflow status and its history.</summary>
public sealed class MonitoringForm : IOrgScoped, IVersioned
{
    public uint Version { get; set; }

    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int CampaignId { get; set; }
    public FormStatus Status { get; set; } = FormStatus.NotStarted;
    public IndicatorCounts Declared { get; set; } = IndicatorCounts.Zero;

    /// <summary>Why declared values differ from the registry; required when they do.</summary>
    public string? DiscrepancyComment { get; set; }
    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Submitted (the last time) after the campaign's deadline.</summary>
    public bool IsLate { get; set; }

    /// <summary>The coordinator's comment when returning or reopening.</summary>
    public string? ReviewComment { get; set; }

    public MonitoringCampaign? Campaign { get; set; }
    public Organizations.Organization? Organization { get; set; }
    public List<MonitoringFormEvent> History { get; } = [];
}

public enum FormStatus
{
    [Display(Name = "не начата")]
    NotStarted = 1,

    [Display(Name = "черновик")]
    Draft = 2,

    [Display(Name = "отправлена")]
    Submitted = 3,

    [Display(Name = "возвращена")]
    Returned = 4,

    [Display(Name = "принята")]
    Accepted = 5,
}

/// <summary>One step in a form's history: who, when, what, and the comment given.</summary>
public sealed class MonitoringFormEvent : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int FormId { get; set; }
    public DateTimeOffset At { get; set; }
    public int? UserId { get; set; }
    public string UserName { get; set; } = "";
    public FormStatus Status { get; set; }
    public string Action { get; set; } = "";
    public string? Comment { get; set; }
}
