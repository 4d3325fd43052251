using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// The annual monitoring of a region (МСНМС regulation §6–7: at least once a year): a year, the reporting date age and service are taken on, the
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

    /// <summary>Whether the campaign's status offers the step (the page's buttons and the refusals below ask the same).</summary>
    public bool Can(CampaignAction action) => action switch
    {
        CampaignAction.Revise => Status != CampaignStatus.Closed,
        CampaignAction.Open => Status == CampaignStatus.Preparation,
        CampaignAction.Close => Status == CampaignStatus.Open,
        CampaignAction.ReadForms => Status != CampaignStatus.Preparation,
        _ => false,
    };

    /// <summary>A campaign in preparation opens at <paramref name="now"/>; its forms are then filled. Otherwise the refusal.</summary>
    public string? Open(DateTimeOffset now)
    {
        if (!Can(CampaignAction.Open))
        {
            return "Мониторинг уже открыт.";
        }

        (Status, OpenedAt) = (CampaignStatus.Open, now);
        return null;
    }

    /// <summary>An open campaign closes at <paramref name="now"/>; its forms are then read only.</summary>
    public string? Close(DateTimeOffset now)
    {
        if (!Can(CampaignAction.Close))
        {
            return Status == CampaignStatus.Closed ? "Мониторинг уже закрыт." : "Мониторинг ещё не открыт: закрыть можно только открытый.";
        }

        (Status, ClosedAt) = (CampaignStatus.Closed, now);
        return null;
    }

    /// <summary>Why a campaign's settings may not change: a closed campaign stays as it was counted.</summary>
    public string? ReviseError => Can(CampaignAction.Revise) ? null : "Закрытый мониторинг не изменяется.";
}

/// <summary>The steps on a campaign (<see cref="MonitoringCampaign.Can"/>).</summary>
public enum CampaignAction
{
    Revise,
    Open,
    Close,

    /// <summary>The organizations' forms and the dashboard exist once the campaign is open.</summary>
    ReadForms,
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

    // The workflow's steps (the campaign loaded with the form): each returns why it is refused (FormRules) and changes
    // nothing, or changes the form, records the step in its history and returns null.

    /// <summary>The administrator saves the values as a draft; a returned form stays returned until it is sent again.</summary>
    public string? SaveDraft(IndicatorCounts declared, string? comment, DateTimeOffset now, FormActor by)
    {
        if (FormRules.SaveError(this, Campaign!) is { } refusal)
        {
            return refusal;
        }

        (Declared, DiscrepancyComment, Status) = (declared, comment, Status == FormStatus.Returned ? FormStatus.Returned : FormStatus.Draft);
        Record(now, by, "Сохранён черновик", null);
        return null;
    }

    /// <summary>The administrator sends the values (saving them too), marked late after the deadline; differing from the registry needs a comment.</summary>
    public string? Submit(IndicatorCounts declared, string? comment, IndicatorCounts registry, DateTimeOffset now, FormActor by)
    {
        if (FormRules.SaveError(this, Campaign!) is { } refusal)
        {
            return refusal;
        }

        // A form not yet started is checked as the draft it becomes.
        var before = (Declared, DiscrepancyComment, Status);
        (Declared, DiscrepancyComment, Status) = (declared, comment, FormStatus.Draft);
        if (FormRules.SubmitError(this, Campaign!, registry) is { } error)
        {
            (Declared, DiscrepancyComment, Status) = before;
            return error;
        }

        (Status, SubmittedAt, IsLate) = (FormStatus.Submitted, now, FormRules.IsLate(now, Campaign!));
        Record(now, by, IsLate ? "Отправлена после срока" : "Отправлена", null);
        return null;
    }

    /// <summary>The coordinator accepts a sent form.</summary>
    public string? Accept(DateTimeOffset now, FormActor by) => Review(FormRules.AcceptError(this, Campaign!), FormStatus.Accepted, "Принята", null, now, by);

    /// <summary>The coordinator returns a sent form with what to correct.</summary>
    public string? Return(string? comment, DateTimeOffset now, FormActor by) =>
        Review(FormRules.ReturnError(this, Campaign!, comment), FormStatus.Returned, "Возвращена на доработку", comment, now, by);

    /// <summary>The coordinator reopens an accepted form with the reason, while the campaign is open.</summary>
    public string? Reopen(string? reason, DateTimeOffset now, FormActor by) =>
        Review(FormRules.ReopenError(this, Campaign!, reason), FormStatus.Returned, "Открыта заново", reason, now, by);

    private string? Review(string? refusal, FormStatus status, string action, string? comment, DateTimeOffset now, FormActor by)
    {
        if (refusal is not null)
        {
            return refusal;
        }

        Status = status;
        if (comment is not null)
        {
            ReviewComment = comment.Trim();
        }

        Record(now, by, action, comment?.Trim());
        return null;
    }

    private void Record(DateTimeOffset at, FormActor by, string action, string? comment) =>
        History.Add(new MonitoringFormEvent
        {
            RegionId = RegionId, OrganizationId = OrganizationId, At = at, UserId = by.UserId, UserName = by.UserName, Status = Status,
                Action = action, Comment = comment,
        });
}

/// <summary>Who takes a step of a form: recorded in its history.</summary>
public sealed record FormActor(int? UserId, string UserName);

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
