using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Analytics.UseCases;

/// <summary>
/// One competence area's demand and supply. Demand: the educators with an open deficit in it (found by a diagnostic of the year and not
/// closed by a later one of the year that measured the area without a deficit) and the people of the year's requests for ДПП (declined
/// ones aside). Supply: the seats of the ДПП cohorts starting in the year within reach, the events of the year and the communities active
/// in it within reach, the mentors' free places. A cohort, event or community that develops several areas counts in each.
/// </summary>
public sealed record SupplyDemandRow(int AreaId, string Area, int Deficits, int Requested, int Seats, int Events, int Communities, int MentorPlaces)
{
    public int Demand => Deficits + Requested;

    /// <summary>The places that take people: ДПП seats and mentors' free places (events and communities have no limit to count).</summary>
    public int Places => Seats + MentorPlaces;

    public bool Short => Demand > Places;
}

/// <summary>The «информационно-аналитическая справка» input for planning ДПП (seed 004, 1.1–1.2): demand against supply per area, counted in
/// the database through the user's scope.</summary>
public static class SupplyAndDemand
{
    public static async Task<IReadOnlyList<SupplyDemandRow>> BuildAsync(PortalDbContext db, Territory t, CancellationToken ct)
    {
        var municipality = await MunicipalityOfAsync(db, t, ct);
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).ThenBy(a => a.Name).Select(a => new { a.Id, a.Name }).ToListAsync(ct);
        var deficits = await OpenDeficits(db, t).Select(d => new { d.CompetenceAreaId, d.EducatorId }).Distinct()
            .GroupBy(d => d.CompetenceAreaId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var requested = await Requests(db, t).GroupBy(r => r.CompetenceAreaId).Select(g => new { g.Key, People = g.Sum(r => r.People) })
            .ToDictionaryAsync(g => g.Key, g => g.People, ct);
        var cohorts = await Cohorts(db, t, municipality).Select(c => new { c.Seats, c.Program!.CompetenceAreaIds }).ToListAsync(ct);
        var events = await Events(db, t, municipality).Select(e => e.CompetenceAreaIds).ToListAsync(ct);
        var communities = await Communities(db, t, municipality).Select(c => c.CompetenceAreaIds).ToListAsync(ct);
        var mentors = await MentorPlaces(db, t, municipality).ToListAsync(ct);
        return
        [
            .. areas.Select(a => new SupplyDemandRow(a.Id, a.Name, deficits.GetValueOrDefault(a.Id), requested.GetValueOrDefault(a.Id),
                cohorts.Where(c => c.CompetenceAreaIds.Contains(a.Id)).Sum(c => c.Seats), events.Count(e => e.Contains(a.Id)),
                communities.Count(c => c.Contains(a.Id)), mentors.Where(m => m.Areas.Contains(a.Id)).Sum(m => m.Free))),
        ];
    }

    /// <summary>The municipality the territory lies in: the one named, the organization's, or none for the whole scope.</summary>
    public static async Task<int?> MunicipalityOfAsync(PortalDbContext db, Territory t, CancellationToken ct) =>
        t.OrganizationId is { } organizationId
            ? await db.Organizations.Where(o => o.Id == organizationId).Select(o => o.MunicipalityId).FirstOrDefaultAsync(ct)
            : t.MunicipalityId;

    /// <summary>The deficits of the year's diagnostics in the territory that no later diagnostic of the year closed.</summary>
    public static IQueryable<Domain.Diagnostics.DiagnosticDeficit> OpenDeficits(PortalDbContext db, Territory t)
    {
        var (from, to) = (t.From, t.To);
        return db.DiagnosticDeficits.Where(x => InTerritory(db, t).Contains(x.OrganizationId)
            && db.Diagnostics.Any(d => d.Id == x.DiagnosticId && d.Date >= from && d.Date <= to
                && !db.Diagnostics.Any(later => later.EducatorId == x.EducatorId && later.Date > d.Date && later.Date <= to
                    && db.DiagnosticScores.Any(s => s.DiagnosticId == later.Id && s.CompetenceAreaId == x.CompetenceAreaId)
                    && !db.DiagnosticDeficits.Any(y => y.DiagnosticId == later.Id && y.CompetenceAreaId == x.CompetenceAreaId))));
    }

    public static IQueryable<ProgramRequest> Requests(PortalDbContext db, Territory t)
    {
        var (from, to) = (t.From, t.To);
        return db.ProgramRequests.Where(r => r.FiledOn >= from && r.FiledOn <= to && r.Status != RequestStatus.Declined
            && InTerritory(db, t).Contains(r.OrganizationId));
    }

    /// <summary>The organizations of the territory in the user's scope (the filter does the scoping).</summary>
    private static IQueryable<int> InTerritory(PortalDbContext db, Territory t)
    {
        var (organizationId, municipalityId) = (t.OrganizationId, t.MunicipalityId);
        return db.Organizations.Where(o => organizationId != null ? o.Id == organizationId : municipalityId == null || o.MunicipalityId == municipalityId)
            .Select(o => o.Id);
    }

    // Within reach of the territory as the ИОМ card counts it (OfferReach); without a municipality, everything in the user's scope.

    public static IQueryable<ProgramCohort> Cohorts(PortalDbContext db, Territory t, int? municipality)
    {
        var (from, to) = (t.From, t.To);
        var cohorts = db.ProgramCohorts.Where(c => c.StartsOn >= from && c.StartsOn <= to);
        return municipality is null ? cohorts : cohorts.WithinReach(municipality);
    }

    public static IQueryable<Domain.Events.MethodicalEvent> Events(PortalDbContext db, Territory t, int? municipality)
    {
        var (from, to) = (t.From, t.To);
        var events = db.MethodicalEvents.Where(e => e.StartsOn >= from && e.StartsOn <= to);
        return municipality is null ? events : events.WithinReach(t.OrganizationId, municipality);
    }

    public static IQueryable<Community> Communities(PortalDbContext db, Territory t, int? municipality)
    {
        var (from, to) = (t.From, t.To);
        var communities = db.Communities.Where(c => c.ActiveFrom <= to && (c.ActiveTo == null || c.ActiveTo >= from));
        return municipality is null ? communities : communities.WithinReach(t.OrganizationId, municipality);
    }

    /// <summary>The mentors of the territory (of the organization, or serving its municipality) and their free places now.</summary>
    public static IQueryable<MentorPlace> MentorPlaces(PortalDbContext db, Territory t, int? municipality, int? areaId = null)
    {
        var organizationId = t.OrganizationId;
        var mentors = db.Mentors.Where(m => (areaId == null || m.CompetenceAreaIds.Contains(areaId.Value)) && (organizationId == null
            ? municipality == null || m.Organization!.MunicipalityId == municipality
            : m.OrganizationId == organizationId || (m.ForMunicipality && m.Organization!.MunicipalityId == municipality)));
        return MentorLoad.Of(mentors, db).Select(l => new MentorPlace(l.Mentor.Id, l.Mentor.CompetenceAreaIds, l.Mentor.MaxPairs, l.ActivePairs));
    }
}

public sealed record MentorPlace(int Id, List<int> Areas, int MaxPairs, int ActivePairs)
{
    public int Free => Math.Max(0, MaxPairs - ActivePairs);
}
