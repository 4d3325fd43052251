using MetodPortal.Data;
using MetodPortal.Domain.Communities;
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

        query = filter.Past ? query.OrderByDescending(e => e.StartsOn).ThenBy(e => e.Title) : query.OrderBy(e => e.StartsOn).ThenBy(e => e.Title);

        // The organizer is usually outside the user's scope (the navigator is region-wide): names come from PublicNames.
        var page = await query.Select(e => new
        {
            e.Id, e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, e.OrganizationId, e.MunicipalityId, e.Place, e.Link, e.ForYoungTeachers,
            Participants = e.Participations.Count, e.Topics,
        }).ToPageAsync(filter.Page, ct, PageSize);
        var organizers = await PublicNames.OrganizationsAsync(db, page.Items.Select(e => e.OrganizationId), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        return page.Map(e => new EventRow(e.Id, e.Title, e.Form, e.Level, e.StartsOn, e.EndsOn, organizers.Of(e.OrganizationId),
            e.MunicipalityId is null ? null : municipalities.Of(e.MunicipalityId), e.Place, e.Link, e.ForYoungTeachers, e.Participants,
            e.Topics));
    }
}
