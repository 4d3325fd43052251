using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// The region's offers that fit the items of an ИОМ: for each item tied to a deficit that may still be linked, the ДПП cohorts,
/// methodical events, communities, innovation and internship sites and mentors that develop the deficit's area, fall inside the
/// route's period (and are still ahead, with enrolment open and a free seat), and are within the educator's reach — their
/// organization, their municipality, the region's own offers, and online cohorts everywhere; a mentor of the educator's own
/// organization or one for their municipality with a free place, when the organization has a mentoring programme for the period
/// (a pair lives there). Everything is read through
/// the user's scope. Best first: more of the route's deficits covered, sooner, more free places, nearer.
/// </summary>
public static class SuggestOffers
{
    public const int PerItem = 5;
    public const int PracticesPerItem = 3;

    public static async Task<IReadOnlyDictionary<int, IReadOnlyList<OfferSuggestion>>> ForRouteAsync(
        PortalDbContext db, IndividualRoute route, DateOnly today, CancellationToken ct)
    {
        var items = route.Items.Where(i => i.CompetenceAreaId is not null && route.Can(RouteItemAction.Link, i)).ToList();
        if (items.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<OfferSuggestion>>();
        }

        var areas = items.Select(i => i.CompetenceAreaId!.Value).Distinct().ToList();
        var offers = await OffersAsync(db, route, areas, today, ct);
        var linked = route.Items.Select(Linked).Where(o => o is not null).ToHashSet();
        return items.ToDictionary(i => i.Id, i =>
        {
            var fitting = offers.Where(o => o.AreaIds.Contains(i.CompetenceAreaId!.Value) && !linked.Contains((o.Kind, o.Id)))
                .OrderByDescending(o => o.AreaIds.Count(areas.Contains)).ThenBy(o => o.StartsOn).ThenByDescending(o => o.FreeSeats ?? int.MaxValue)
                .ThenBy(o => o.Distance).ThenBy(o => o.Title, StringComparer.Ordinal).ThenBy(o => o.Id).ToList();

            // The bank's practices come besides the offers to take part in, not instead of them.
            return (IReadOnlyList<OfferSuggestion>)
                [.. fitting.Where(o => o.Kind != OfferKind.Practice).Take(PerItem), .. fitting.Where(o => o.Kind == OfferKind.Practice).Take(PracticesPerItem)];
        });
    }

    /// <summary>Whether <paramref name="kind"/> <paramref name="id"/> is among the offers of the item (how a link is checked).</summary>
    public static async Task<OfferSuggestion?> FindAsync(
        PortalDbContext db, IndividualRoute route, RouteItem item, OfferKind kind, int id, DateOnly today, CancellationToken ct) =>
        item.CompetenceAreaId is { } area && route.Can(RouteItemAction.Link, item)
            ? (await OffersAsync(db, route, [area], today, ct)).FirstOrDefault(o => o.Kind == kind && o.Id == id)
            : null;

    private static (OfferKind, int)? Linked(RouteItem item) =>
        item.CohortId is { } c ? (OfferKind.Cohort, c)
        : item.EventId is { } e ? (OfferKind.Event, e)
        : item.CommunityId is { } m ? (OfferKind.Community, m)
        : item.SiteId is { } s ? (OfferKind.Site, s)
        : item.PracticeId is { } p ? (OfferKind.Practice, p)
        : null;

    private static async Task<List<OfferSuggestion>> OffersAsync(
        PortalDbContext db, IndividualRoute route, List<int> areas, DateOnly today, CancellationToken ct)
    {
        var organizationId = route.OrganizationId;
        var municipalityId = await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.MunicipalityId).FirstOrDefaultAsync(ct);
        var from = today > route.PeriodFrom ? today : route.PeriodFrom;
        var to = route.PeriodTo;

        var cohorts = await db.ProgramCohorts.AsNoTracking().WithinReach(municipalityId)
            .Where(c => c.Program!.IsActive && c.Program.CompetenceAreaIds.Any(a => areas.Contains(a)) && c.StartsOn >= from && c.EndsOn <= to
                && (c.EnrolmentDeadline ?? c.StartsOn) >= today)
            .Select(c => new
            {
                c.Id, c.ProgramId, c.Program!.Title, c.Program.Hours, c.Program.CompetenceAreaIds, c.StartsOn, c.EndsOn, c.Place, c.IsOnline,
                c.MunicipalityId, c.Seats,
                Municipality = c.Municipality == null ? null : c.Municipality.Name,
            })
            .ToListAsync(ct);
        var taken = await CohortSeats.TakenAsync(db, route.RegionId, cohorts.Select(c => c.Id).ToList(), ct);

        var events = await db.MethodicalEvents.AsNoTracking().WithinReach(organizationId, municipalityId)
            .Where(e => e.CompetenceAreaIds.Any(a => areas.Contains(a)) && e.StartsOn >= from && e.EndsOn <= to)
            .Select(e => new { e.Id, e.Title, e.Form, e.CompetenceAreaIds, e.StartsOn, e.EndsOn, e.Place, e.OrganizationId, e.MunicipalityId })
            .ToListAsync(ct);

        var educatorId = route.EducatorId;
        var communities = await db.Communities.AsNoTracking().WithinReach(organizationId, municipalityId)
            .Where(c => c.CompetenceAreaIds.Any(a => areas.Contains(a)) && c.ActiveFrom <= to && (c.ActiveTo == null || c.ActiveTo >= from)
                && !c.Memberships.Any(m => m.EducatorId == educatorId && (m.To == null || m.To >= from)))
            .Select(c => new { c.Id, c.Title, c.Kind, c.CompetenceAreaIds, c.ActiveFrom, c.OrganizationId, c.MunicipalityId })
            .ToListAsync(ct);

        var sites = await db.OrganizationStatuses.AsNoTracking()
            .Where(s => s.CompetenceAreaIds.Any(a => areas.Contains(a)) && s.ValidFrom <= to && (s.ValidTo == null || s.ValidTo >= from)
                && (s.Level == OrganizationStatusLevel.Regional || s.OrganizationId == organizationId || s.Organization!.MunicipalityId == municipalityId))
            .Select(s => new
            {
                s.Id, s.Kind, s.Theme, s.CompetenceAreaIds, s.ValidTo, s.OrganizationId, s.Organization!.MunicipalityId,
                Organization = s.Organization.ShortName ?? s.Organization.Name,
            })
            .ToListAsync(ct);

        var hasProgramme = await db.MentoringPrograms.AnyAsync(p => p.OrganizationId == organizationId && p.PeriodFrom <= to && p.PeriodTo >= from, ct);
        var mentors = hasProgramme
            ? await MentorLoad.Of(db.Mentors.AsNoTracking()
                    .Where(m => (m.OrganizationId == organizationId || (m.ForMunicipality && m.Organization!.MunicipalityId == municipalityId))
                        && m.EducatorId != educatorId && m.CompetenceAreaIds.Any(a => areas.Contains(a))), db)
                .Where(l => l.ActivePairs < l.Mentor.MaxPairs)
                .Select(l => new
                {
                    l.Mentor.Id, l.Mentor.EducatorId, l.Mentor.Educator!.FullName, l.Mentor.CompetenceAreaIds, Free = l.Mentor.MaxPairs - l.ActivePairs,
                    l.Mentor.OrganizationId, Organization = l.Mentor.Organization!.ShortName ?? l.Mentor.Organization.Name,
                })
                .ToListAsync(ct)
            : [];

        // The bank's practices are published for the whole region: any of the deficit's area is worth studying.
        var practices = await db.Practices.AsNoTracking()
            .Where(p => p.Status == PracticeStatus.Published && p.CompetenceAreaIds.Any(a => areas.Contains(a)))
            .Select(p => new { p.Id, p.Title, p.Kind, p.CompetenceAreaIds, p.OrganizationId, p.MunicipalityId })
            .ToListAsync(ct);
        var authors = await PublicNames.OrganizationsAsync(db, practices.Select(p => p.OrganizationId), ct);

        int Distance(int? offerOrganizationId, int? offerMunicipalityId) =>
            offerOrganizationId == organizationId ? 0 : offerMunicipalityId is not null && offerMunicipalityId == municipalityId ? 1 : 2;

        return
        [
            .. cohorts.Where(c => c.Seats > taken.GetValueOrDefault(c.Id)).Select(c => new OfferSuggestion(
                OfferKind.Cohort, c.Id, c.Title, $"курсы ДПП, {c.Hours} ч · " + (c.IsOnline ? "онлайн" : c.Place ?? c.Municipality ?? "региональный центр"),
                c.CompetenceAreaIds, c.StartsOn, c.EndsOn, c.Seats - taken.GetValueOrDefault(c.Id), c.IsOnline ? 2 : Distance(null, c.MunicipalityId),
                $"/programs/{c.ProgramId}")),
            .. events.Select(e => new OfferSuggestion(
                OfferKind.Event, e.Id, e.Title, DisplayNames.Of(e.Form) + (e.Place is null ? "" : " · " + e.Place), e.CompetenceAreaIds, e.StartsOn, e.EndsOn,
                null, Distance(e.OrganizationId, e.MunicipalityId), $"/events/{e.Id}")),
            .. communities.Select(c => new OfferSuggestion(
                OfferKind.Community, c.Id, c.Title, DisplayNames.Of(c.Kind), c.CompetenceAreaIds, from, to, null, Distance(c.OrganizationId, c.MunicipalityId),
                $"/communities/{c.Id}")),
            .. sites.Select(s => new OfferSuggestion(
                OfferKind.Site, s.Id, s.Theme, $"{DisplayNames.Of(s.Kind).ToLowerInvariant()} · {s.Organization}", s.CompetenceAreaIds, from,
                s.ValidTo is { } end && end < to ? end : to, null, Distance(s.OrganizationId, s.MunicipalityId), $"/organizations/{s.OrganizationId}")),
            .. mentors.Select(m => new OfferSuggestion(
                OfferKind.Mentor, m.Id, m.FullName,
                m.OrganizationId == organizationId ? "наставник в своей организации" : $"наставник муниципалитета · {m.Organization}",
                m.CompetenceAreaIds, from, to, m.Free, m.OrganizationId == organizationId ? 0 : 1, $"/staff/{m.EducatorId}")),
            .. practices.Select(p => new OfferSuggestion(
                OfferKind.Practice, p.Id, p.Title, $"{DisplayNames.Of(p.Kind)} · {authors.Of(p.OrganizationId)}", p.CompetenceAreaIds, from, to, null,
                Distance(p.OrganizationId, p.MunicipalityId), $"/practices/{p.Id}")),
        ];
    }
}

/// <summary>One offer for an item: what it is, when, how many seats are free (a cohort), and how far it is in the tree (0 the educator's
/// organization, 1 their municipality, 2 the region or online).</summary>
public sealed record OfferSuggestion(
    OfferKind Kind, int Id, string Title, string Detail, IReadOnlyList<int> AreaIds, DateOnly StartsOn, DateOnly EndsOn, int? FreeSeats, int Distance,
    string Url);
