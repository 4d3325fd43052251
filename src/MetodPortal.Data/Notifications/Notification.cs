using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Audit;

namespace MetodPortal.Data.Notifications;

/// <summary>
/// A notice to one user about a record they may see: what happened, in Russian, and the page of the record. Written in the same save
/// as the change that causes it (<c>Notices</c> in the web project), read on the bell and on <c>/notifications</c>.
/// </summary>
public sealed class Notification : IUnaudited
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public NoticeKind Kind { get; set; }
    public string Text { get; set; } = "";

    /// <summary>The page of the record, relative to the portal (<c>/monitoring/forms/12</c>).</summary>
    public string Url { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }

    /// <summary>What a reminder is about and at which step (<c>form-due-7:12</c>): a user gets each reminder once, however often the
    /// reminders run and on however many processes. Empty for notices of a change, which happen once by themselves.</summary>
    public string? Key { get; set; }
}

/// <summary>What a notice is about; each user chooses per kind whether it also comes by e-mail (<see cref="NoticeChoice"/>).</summary>
public enum NoticeKind
{
    [Display(Name = "Открыта кампания мониторинга")]
    CampaignOpened = 1,

    [Display(Name = "Форма мониторинга отправлена")]
    FormSubmitted = 2,

    [Display(Name = "Форма мониторинга возвращена на доработку")]
    FormReturned = 3,

    [Display(Name = "Форма мониторинга принята")]
    FormAccepted = 4,

    [Display(Name = "Форма мониторинга открыта заново")]
    FormReopened = 5,

    [Display(Name = "ИОМ утверждён")]
    RouteApproved = 6,

    [Display(Name = "Пункт ИОМ ждёт подтверждения")]
    ItemReported = 7,

    [Display(Name = "Пункт ИОМ подтверждён")]
    ItemConfirmed = 8,

    [Display(Name = "Пункт ИОМ возвращён на доработку")]
    ItemReturned = 9,

    [Display(Name = "Ответ на запрос ДПП")]
    RequestAnswered = 10,

    [Display(Name = "Срок сдачи формы мониторинга")]
    FormDeadline = 11,

    [Display(Name = "Форма мониторинга не сдана в срок")]
    FormOverdue = 12,

    [Display(Name = "Срок пункта ИОМ")]
    ItemDue = 13,

    [Display(Name = "Пункт ИОМ просрочен")]
    ItemOverdue = 14,

    [Display(Name = "ИОМ ждёт утверждения")]
    DraftWaiting = 15,

    [Display(Name = "Адресная рекомендация")]
    RecommendationAddressed = 16,

    [Display(Name = "К пункту ИОМ подобрано предложение")]
    OfferLinked = 17,

    [Display(Name = "Кампания мониторинга закрыта")]
    CampaignClosed = 18,

    [Display(Name = "Учётная запись заблокирована после неудачных входов")]
    UserLockedOut = 19,

    [Display(Name = "Практика подана на экспертизу")]
    PracticeSubmitted = 20,

    [Display(Name = "Практика направлена вам на экспертизу")]
    PracticeToReview = 21,

    [Display(Name = "Практика опубликована")]
    PracticePublished = 22,

    [Display(Name = "Практика возвращена на доработку")]
    PracticeReturned = 23,

    [Display(Name = "Выпущен аналитический отчёт с адресными рекомендациями")]
    AnalysisIssued = 24,

    [Display(Name = "Аналитический отчёт ждёт рассмотрения или возвращён")]
    AnalysisToReview = 25,

    [Display(Name = "Открыта задача анализа результатов мониторинга")]
    AnalysisOpened = 26,
}

/// <summary>A user's choice for one kind of notice: also by e-mail or in the portal only. Without a row the kind's default holds.</summary>
public sealed class NoticeChoice : IUnaudited
{
    public int UserId { get; set; }
    public NoticeKind Kind { get; set; }
    public bool ByEmail { get; set; }

    /// <summary>Deadlines, returns and what needs an answer come by e-mail unless the user says otherwise; the rest stays in the portal.</summary>
    public static bool ByEmailByDefault(NoticeKind kind) =>
        kind is NoticeKind.CampaignOpened or NoticeKind.FormReturned or NoticeKind.FormReopened or NoticeKind.ItemReported or NoticeKind.ItemReturned
            or NoticeKind.FormDeadline or NoticeKind.FormOverdue or NoticeKind.ItemDue or NoticeKind.ItemOverdue or NoticeKind.UserLockedOut
            or NoticeKind.PracticeToReview or NoticeKind.PracticeReturned;
}

/// <summary>
/// An e-mail waiting to go, written in the same save as its cause (the outbox): the sender claims it, delivers it and marks it sent;
/// a failed attempt waits longer before the next one (<see cref="NextAttemptAt"/>), so an outage delays mail and loses none.
/// </summary>
public sealed class OutboxMail : IUnaudited
{
    public int Id { get; set; }
    public int? UserId { get; set; }
    public string To { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Text { get; set; } = "";
    public string Html { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset NextAttemptAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>Set while one sender delivers it: no other process takes it until then.</summary>
    public DateTimeOffset? ClaimedUntil { get; set; }
    public DateTimeOffset? SentAt { get; set; }
    public string? LastError { get; set; }
}
