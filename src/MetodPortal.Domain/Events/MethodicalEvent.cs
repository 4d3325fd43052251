using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Events;

/// <summary>
/// A methodical event of the navigator (the regional set of measures, direction 3 §1.3). The navigator is for the whole region, so an
/// event is read region-wide; it is changed only inside its organizer's subtree.
/// </summary>
public sealed class MethodicalEvent : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>The organizer.</summary>
    public int OrganizationId { get; set; }

    /// <summary>The organizer's municipality (null for a regional organizer), for the navigator's filter.</summary>
    public int? MunicipalityId { get; set; }
    public string Title { get; set; } = "";
    public EventForm Form { get; set; }
    public SupportLevel Level { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public string? Place { get; set; }
    public string? Link { get; set; }
    public bool ForYoungTeachers { get; set; }

    /// <summary>What the event is about, from the ministry's list; the navigator filters by it and the monitoring counts burnout prevention.</summary>
    public EventTopics Topics { get; set; }
    public string? Description { get; set; }

    /// <summary>The competence areas of the region's catalogue the event develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    public Organizations.Organization? Organization { get; set; }
    public Organizations.Municipality? Municipality { get; set; }
    public List<EventParticipation> Participations { get; } = [];
}

/// <summary>An educator's part in an event; it carries the participant's workplace, so it is filtered on it.</summary>
public sealed class EventParticipation : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int EventId { get; set; }
    public ParticipationRole Role { get; set; } = ParticipationRole.Participant;

    public MethodicalEvent? Event { get; set; }
    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
}

public enum EventForm
{
    [Display(Name = "форум")]
    Forum = 1,

    [Display(Name = "семинар")]
    Seminar = 2,

    [Display(Name = "вебинар")]
    Webinar = 3,

    [Display(Name = "мастер-класс")]
    MasterClass = 4,

    [Display(Name = "конкурс")]
    Contest = 5,

    [Display(Name = "методический десант")]
    MethodicalLanding = 6,

    [Display(Name = "стажировка")]
    Internship = 7,

    [Display(Name = "конференция")]
    Conference = 8,

    [Display(Name = "педагогическая мастерская")]
    Workshop = 9,

    [Display(Name = "круглый стол")]
    RoundTable = 10,

    [Display(Name = "иное")]
    Other = 99,
}

public enum ParticipationRole
{
    [Display(Name = "участник")]
    Participant = 1,

    [Display(Name = "выступающий")]
    Speaker = 2,

    [Display(Name = "победитель")]
    Winner = 3,
}

/// <summary>The checks of an event and of a participation, as Russian reasons (null when fine).</summary>
public static class EventRules
{
    public const int MaxDays = 366;

    public static string? DatesError(DateOnly starts, DateOnly ends) =>
        ends < starts ? "Дата окончания раньше даты начала." : ends.DayNumber - starts.DayNumber >= MaxDays ? "Мероприятие — не дольше года." : null;

    /// <summary>An event happens somewhere: a place, or a link for one online.</summary>
    public static string? VenueError(EventForm form, string? place, string? link) => (place, link) switch
    {
        (null or "", null or "") => form == EventForm.Webinar ? "Укажите ссылку на вебинар." : "Укажите место проведения или ссылку.",
        (_, { Length: > 0 } url) when !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) =>
            "Ссылка — адрес, начинающийся с https:// или http://.",
        _ => null,
    };

    /// <summary>Only a contest has winners.</summary>
    public static string? RoleError(MethodicalEvent e, ParticipationRole role) =>
        role == ParticipationRole.Winner && e.Form != EventForm.Contest ? "Победители бывают только у конкурса." : null;
}

/// <summary>The topics of the regional set of measures an event serves (several at once); young teachers are
/// <see cref="MethodicalEvent.ForYoungTeachers"/>.</summary>
[Flags]
public enum EventTopics
{
    None = 0,

    [Display(Name = "профилактика профессионального выгорания")]
    BurnoutPrevention = 1,

    [Display(Name = "для членов РМА и РУА")]
    RegionalAssets = 2,

    [Display(Name = "для руководителей")]
    Heads = 4,

    [Display(Name = "функциональная грамотность")]
    FunctionalLiteracy = 8,

    [Display(Name = "обновлённые ФГОС и ФОП")]
    Standards = 16,

    [Display(Name = "воспитательная работа")]
    Upbringing = 32,

    [Display(Name = "инклюзивное образование")]
    Inclusion = 64,

    [Display(Name = "цифровая образовательная среда")]
    DigitalEnvironment = 128,

    [Display(Name = "наставничество")]
    Mentoring = 256,

    [Display(Name = "аттестация педагогов")]
    Attestation = 512,
}

