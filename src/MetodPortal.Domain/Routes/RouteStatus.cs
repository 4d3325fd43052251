using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Routes;

public enum RouteStatus
{
    [Display(Name = "черновик")]
    Draft = 1,

    [Display(Name = "утверждён")]
    Approved = 2,

    [Display(Name = "в работе")]
    InProgress = 3,

    [Display(Name = "завершён")]
    Completed = 4,

    [Display(Name = "отменён")]
    Cancelled = 5,
}

public enum RouteItemStatus
{
    [Display(Name = "запланирован")]
    Planned = 1,

    /// <summary>The educator says it is done; the tutor has yet to confirm.</summary>
    [Display(Name = "выполнен, ждёт подтверждения")]
    Reported = 2,

    [Display(Name = "выполнен")]
    Done = 3,

    [Display(Name = "отменён")]
    Cancelled = 4,
}

/// <summary>The form of activity a route item uses to close a deficit (the forms the МСНМС regulation lists in §4.6).</summary>
public enum ActivityForm
{
    [Display(Name = "курсы ДПП")]
    Courses = 1,

    [Display(Name = "стажировка")]
    Internship = 2,

    [Display(Name = "наставничество")]
    Mentoring = 3,

    [Display(Name = "методическое мероприятие")]
    MethodicalEvent = 4,

    [Display(Name = "профессиональное сообщество")]
    Community = 5,

    [Display(Name = "самообразование")]
    SelfEducation = 6,
}
