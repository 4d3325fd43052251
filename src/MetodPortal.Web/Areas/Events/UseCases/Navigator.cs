using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Communities;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Events.UseCases;

public sealed class NavigatorFilter
{
    public string? Q { get; set; }
    public int? MunicipalityId { get; set; }
    public SupportLevel? Level { get; set; }
    public Domain.Events.EventForm? Kind { get; set; }
    public bool Young { get; set; }
    public Domain.Events.EventTopics? Topic { get; set; }

    /// <summary>Past events instead of the upcoming ones (those not yet over).</summary>
    public bool Past { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record EventRow(int Id, string Title, Domain.Events.EventForm Form, SupportLevel Level, DateOnly StartsOn, DateOnly EndsOn, string Organizer,
    string? Municipality, string? Place, string? Link, bool ForYoungTeachers, int Participants, Domain.Events.EventTopics Topics = default);

/// <summary>
/// The navigator of methodical events: the region's events, upcoming (soonest first) or past (latest first), filtered by
/// municipality, level and form, for the page to group by month. A municipality's filter also keeps the regional events,
/// which are open to it.
/// </summary>
public static class Navigator
{
    public const int PageSize = 50;

    public static async Task<Page<EventRow>> PageAsync(PortalDbContext db, NavigatorFilter filter, DateOnly today, CancellationToken ct)
    {
        var page = await Rows(Query(db, filter, today)).ToPageAsync(filter.Page, ct, PageSize);
        return page.With(await NamedAsync(db, page.Items, ct));
    }

    /// <summary>The events of the filter in Excel, and on a second sheet their participants the user can see.</summary>
    public static async Task<IReadOnlyList<XlsxSheet>> SheetsAsync(PortalDbContext db, NavigatorFilter filter, DateOnly today, CancellationToken ct)
    {
        var events = Query(db, filter, today);
        var rows = await NamedAsync(db, await Rows(events).ToListAsync(ct), ct);
        var participants = db.EventParticipations.AsNoTracking().Where(p => events.Any(e => e.Id == p.EventId))
            .OrderBy(p => p.Event!.StartsOn).ThenBy(p => p.Event!.Title).ThenBy(p => p.EventId).ThenBy(p => p.Role)
            .ThenBy(p => p.Educator!.LastName).ThenBy(p => p.Educator!.FirstName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Event!.Title, p.Event.StartsOn, p.Educator!.FullName, Organization = p.Organization!.ShortName ?? p.Organization.Name, p.Role,
            });
        return
        [
            new("Мероприятия", EventColumns, rows.Select(e => (IReadOnlyList<object?>)
            [
                e.Title, e.Form.Name(), e.Level.Name(), e.StartsOn, e.EndsOn, e.Organizer, e.Municipality, e.Place, e.Link, e.ForYoungTeachers,
                Flags<Domain.Events.EventTopics>.Names(e.Topics), e.Participants, e.Id,
            ])),
            new("Участники", ParticipantColumns, participants.AsEnumerable().Select(p => (IReadOnlyList<object?>)
                [p.Title, p.StartsOn, p.FullName, p.Organization, p.Role.Name()])),
        ];
    }

    private static readonly IReadOnlyList<XlsxColumn> EventColumns =
    [
        new("Мероприятие", Width: 50), new("Форма", Width: 22), new("Уровень", Width: 16), new("Начало", XlsxKind.Date, 12),
        new("Окончание", XlsxKind.Date, 12), new("Организатор", Width: 34), new("Муниципалитет", Width: 24), new("Место", Width: 30),
        new("Ссылка", Width: 30), new("Для молодых педагогов", Width: 12), new("Темы", Width: 40), new("Участников", XlsxKind.Integer, 11),
        new("№ мероприятия", XlsxKind.Integer, 12),
    ];

    private static readonly IReadOnlyList<XlsxColumn> ParticipantColumns =
    [
        new("Мероприятие", Width: 50), new("Дата", XlsxKind.Date, 12), new("Участник", Width: 34), new("Организация", Width: 34), new("Роль", Width: 18),
    ];

    private static IQueryable<Domain.Events.MethodicalEvent> Query(PortalDbContext db, NavigatorFilter filter, DateOnly today)
    {
        var query = db.MethodicalEvents.AsNoTracking();
        query = filter.Past ? query.Where(e => e.EndsOn < today) : query.Where(e => e.EndsOn >= today);
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(e => EF.Functions.ILike(RussianText.Folded(e.Title), pattern, Like.Escape));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(e => e.MunicipalityId == municipalityId || e.MunicipalityId == null);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(e => e.Level == level);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(e => e.Form == kind);
        }

        if (filter.Young)
        {
            query = query.Where(e => e.ForYoungTeachers);
        }

        if (filter.Topic is { } topic and not Domain.Events.EventTopics.None)
        {
            query = query.Where(e => (e.Topics & topic) == topic);
        }

        return filter.Past ? query.OrderByDescending(e => e.StartsOn).ThenBy(e => e.Title).ThenBy(e => e.Id)
            : query.OrderBy(e => e.StartsOn).ThenBy(e => e.Title).ThenBy(e => e.Id);
    }

    private static IQueryable<Listed> Rows(IQueryable<Domain.Events.MethodicalEvent> events) => events.Select(e => new Listed(
        e.Id, e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, e.OrganizationId, e.MunicipalityId, e.Place, e.Link, e.ForYoungTeachers,
        e.Participations.Count, e.Topics));

    /// <summary>The organizer is usually outside the user's scope (the navigator is region-wide): names come from PublicNames.</summary>
    private static async Task<List<EventRow>> NamedAsync(PortalDbContext db, IReadOnlyList<Listed> rows, CancellationToken ct)
    {
        var organizers = await PublicNames.OrganizationsAsync(db, rows.Select(e => e.OrganizationId), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        return [.. rows.Select(e => new EventRow(e.Id, e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, organizers.Of(e.OrganizationId),
            e.MunicipalityId is null ? null : municipalities.Of(e.MunicipalityId), e.Place, e.Link, e.ForYoungTeachers, e.Participants, e.Topics))];
    }

    private sealed record Listed(int Id, string Title, Domain.Events.EventForm Form, SupportLevel Level, DateOnly StartsOn, DateOnly EndsOn,
        int OrganizationId, int? MunicipalityId, string? Place, string? Link, bool ForYoungTeachers, int Participants, Domain.Events.EventTopics Topics);
}
