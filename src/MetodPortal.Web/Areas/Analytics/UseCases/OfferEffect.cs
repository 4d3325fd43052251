using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Routes;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Analytics.UseCases;

/// <summary>One group of people: those who did an item through one offer (or, for the comparison, through none), and how many of them had
/// the deficit closed at their next diagnostic. A group under <see cref="OfferEffect.MinimumGroup"/> people is not shown.</summary>
public sealed record EffectGroup(string Kind, string Offer, string? Url, int People, int Closed)
{
    public decimal Share => People == 0 ? 0 : Math.Round(100m * Closed / People, 1);
}

public sealed record EffectReport(IReadOnlyList<EffectGroup> Offers, EffectGroup Without, int HiddenGroups);

/// <summary>
/// What works: among the educators with a deficit in an area (from their first diagnostic that found it), those who completed an ИОМ item
/// in that area linked to an offer after it and were diagnosed in the area again after the item, by offer — a ДПП, an event, a community,
/// a site, a form of mentoring — and the share whose deficit closed at that next diagnostic; beside them, those with the deficit, no such
/// item before their next diagnostic in the area, and that diagnostic. An observation, not a controlled study. Counted through the user's
/// scope, narrowed to the territory (all years).
/// </summary>
public static class OfferEffect
{
    public const int MinimumGroup = 5;

    public static async Task<EffectReport> BuildAsync(PortalDbContext db, Territory t, CancellationToken ct)
    {
        var (organizationId, municipalityId) = (t.OrganizationId, t.MunicipalityId);
        var inTerritory = db.Organizations.Where(o => organizationId != null ? o.Id == organizationId : municipalityId == null
            || o.MunicipalityId == municipalityId).Select(o => o.Id);
        var deficits = (await db.DiagnosticDeficits.Where(x => inTerritory.Contains(x.OrganizationId))
                .Join(db.Diagnostics, x => x.DiagnosticId, d => d.Id, (x, d) => new { x.EducatorId, x.CompetenceAreaId, d.Date }).ToListAsync(ct))
            .GroupBy(x => (x.EducatorId, x.CompetenceAreaId)).ToDictionary(g => g.Key, g => g.Min(x => x.Date));
        var measured = (await db.DiagnosticScores.Where(s => inTerritory.Contains(s.OrganizationId))
                .Join(db.Diagnostics, s => s.DiagnosticId, d => d.Id, (s, d) => new
                {
                    s.EducatorId, s.CompetenceAreaId, d.Date,
                    Deficit = db.DiagnosticDeficits.Any(y => y.DiagnosticId == s.DiagnosticId && y.CompetenceAreaId == s.CompetenceAreaId),
                }).ToListAsync(ct))
            .ToLookup(m => (m.EducatorId, m.CompetenceAreaId));
        var done = (await db.RouteItems.Where(i => i.Status == RouteItemStatus.Done && i.CompetenceAreaId != null && inTerritory.Contains(i.OrganizationId)
                    && (i.CohortId != null || i.EventId != null || i.CommunityId != null || i.SiteId != null || i.PairId != null
                        || i.PracticeId != null))
                .Select(i => new
                {
                    i.EducatorId, Area = i.CompetenceAreaId!.Value, Day = i.ConfirmedOn ?? i.ReportedOn ?? i.Deadline,
                    ProgramId = i.Cohort == null ? (int?)null : i.Cohort.ProgramId, Program = i.Cohort == null ? null : i.Cohort.Program!.Title,
                    i.EventId, Event = i.Event == null ? null : i.Event.Title, i.CommunityId, Community = i.Community == null ? null : i.Community.Title,
                    i.SiteId, Site = i.Site == null ? null : i.Site.Theme, i.PracticeId, Practice = i.Practice == null ? null : i.Practice.Title,
                    Form = i.Pair == null ? (Domain.Mentoring.MentoringForm?)null : i.Pair.Form,
                })
                .ToListAsync(ct))
            .ToLookup(i => (i.EducatorId, i.Area));

        // The unit is a case: an educator with a deficit in an area (one person may be two cases, in two areas).
        var groups = new Dictionary<(string Kind, string Offer, string? Url), Cases>();
        var without = new Cases();
        foreach (var (@case, found) in deficits)
        {
            var next = (DateOnly after) => measured[@case].Where(m => m.Date > after).MinBy(m => m.Date);
            var items = done[@case].Where(i => i.Day >= found).ToList();
            if (next(found) is { } first && !items.Any(i => i.Day < first.Date))
            {
                without.Add(@case, !first.Deficit);
            }

            foreach (var item in items)
            {
                if (next(item.Day) is not { } repeat)
                {
                    continue;
                }

                var key = item.ProgramId is { } p ? ("ДПП", item.Program!, $"/programs/{p}")
                    : item.EventId is { } e ? ("мероприятие", item.Event!, $"/events/{e}")
                    : item.CommunityId is { } c ? ("сообщество", item.Community!, $"/communities/{c}")
                    : item.SiteId is not null ? ("площадка", item.Site!, (string?)null)
                    : item.PracticeId is { } practice ? ("практика", item.Practice!, $"/practices/{practice}")
                    : ("наставничество", item.Form is { } form ? DisplayNames.Of(form) : "наставничество", (string?)null);
                (groups.TryGetValue(key, out var group) ? group : groups[key] = new Cases()).Add(@case, !repeat.Deficit);
            }
        }

        var all = groups.Select(g => new EffectGroup(g.Key.Kind, g.Key.Offer, g.Key.Url, g.Value.People, g.Value.Closed)).ToList();
        return new EffectReport(
            [.. all.Where(g => g.People >= MinimumGroup).OrderBy(g => g.Kind, StringComparer.Ordinal).ThenByDescending(g => g.People)],
            new EffectGroup("без связанного пункта ИОМ", "", null, without.People, without.Closed),
            all.Count(g => g.People < MinimumGroup));
    }

    /// <summary>The cases of a group, each counted once, and those closed at the next diagnostic.</summary>
    private sealed class Cases
    {
        private readonly HashSet<(int, int)> _all = [];
        private readonly HashSet<(int, int)> _closed = [];

        public int People => _all.Count;
        public int Closed => _closed.Count;

        public void Add((int EducatorId, int AreaId) @case, bool closed)
        {
            _all.Add(@case);
            if (closed)
            {
                _closed.Add(@case);
            }
        }
    }
}
