using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Events;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>How many people of a territory took part in events of a topic in the year, and in how many such events.</summary>
public sealed record TopicFigure(EventTopics Topic, int People, int Events);

/// <summary>
/// Participation in the events of each topic of the ministry's list (burnout prevention first among them) in the campaign's year, for the
/// dashboard's territory: an organization's staff, a municipality's, or everyone in the user's scope. A person is counted once per topic.
/// </summary>
public static class TopicParticipation
{
    public static async Task<List<TopicFigure>> OfAsync(PortalDbContext db, int year, int? municipalityId, int? organizationId, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var query = db.EventParticipations.AsNoTracking()
            .Where(p => p.Event!.StartsOn >= from && p.Event.StartsOn <= to && p.Event.Topics != EventTopics.None);
        if (organizationId is { } o)
        {
            query = query.Where(p => p.OrganizationId == o);
        }
        else if (municipalityId is { } m)
        {
            query = query.Where(p => p.Organization!.MunicipalityId == m);
        }

        var rows = await query.Select(p => new { p.EducatorId, p.EventId, p.Event!.Topics }).ToListAsync(ct);
        return
        [
            .. Flags<EventTopics>.Each.Select(t => (Topic: t, Rows: rows.Where(r => r.Topics.HasFlag(t)).ToList()))
                .Where(t => t.Rows.Count > 0)
                .Select(t => new TopicFigure(t.Topic, t.Rows.Select(r => r.EducatorId).Distinct().Count(), t.Rows.Select(r => r.EventId).Distinct().Count())),
        ];
    }
}
