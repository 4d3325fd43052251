using MetodPortal.Data;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>
/// Mentors registered «для муниципалитета» lead pairs in the other schools of their municipality, where the person is not on the
/// staff, so a school's users do not see them through their scope. Only what such a pair needs is read around the scope, and only
/// for those mentors: who may lead a pair of an organization on a date, and their names — never their other records
/// (listed in docs/architecture.md).
/// </summary>
public static class MunicipalMentors
{
    /// <summary>
    /// Who may lead a pair of <paramref name="organizationId"/> (an organization in the user's scope) from another organization: mentors
    /// registered for the municipality at an organization of the same municipality, employed there on <paramref name="on"/>.
    /// </summary>
    public static async Task<List<StaffChoice>> ServingAsync(PortalDbContext db, int organizationId, DateOnly on, CancellationToken ct)
    {
        var municipalityId = await db.Organizations.Where(o => o.Id == organizationId).Select(o => (int?)o.MunicipalityId).FirstOrDefaultAsync(ct);
        if (municipalityId is null)
        {
            return [];
        }

        var mentors = await Around(db)
            .Where(m => m.ForMunicipality && m.OrganizationId != organizationId && m.Organization!.MunicipalityId == municipalityId
                && (db.ScopeIsGlobal || m.RegionId == db.ScopeRegionId)
                && m.Educator!.Employments.Any(x => x.OrganizationId == m.OrganizationId && (x.StartDate == null || x.StartDate <= on)
                    && (x.EndDate == null || x.EndDate >= on)))
            .OrderBy(m => m.Educator!.LastName).ThenBy(m => m.Educator!.FirstName)
            .Select(m => new { Person = m.Educator!, Organization = m.Organization!.ShortName ?? m.Organization.Name })
            .ToListAsync(ct);
        return [.. mentors.DistinctBy(m => m.Person.Id).Select(m => new StaffChoice(m.Person.Id,
            $"{m.Person.FullName} — наставник муниципалитета, {m.Organization}", m.Person.IsYoung(on), m.Person.IsInFirstYears(on)))];
    }

    /// <summary>
    /// The pairs' mentors by educator id, as the user's pages show them: the people of the user's scope, and around it the mentors for a
    /// municipality of the user's region (a pair's mentor is not read through a navigation: a person out of scope would drop the pair).
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, PairMentor>> OfPairsAsync(PortalDbContext db, IEnumerable<int> educatorIds, CancellationToken ct)
    {
        var wanted = educatorIds.Distinct().ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<int, PairMentor>();
        }

        var mentors = (await db.Educators.AsNoTracking().Where(e => wanted.Contains(e.Id)).ToListAsync(ct))
            .ToDictionary(e => e.Id, e => new PairMentor(e.FullName, InScope: true));
        var elsewhere = wanted.Where(id => !mentors.ContainsKey(id)).ToList();
        if (elsewhere.Count > 0)
        {
            foreach (var person in await Around(db).Where(m => m.ForMunicipality && elsewhere.Contains(m.EducatorId)
                && (db.ScopeIsGlobal || m.RegionId == db.ScopeRegionId)).Select(m => m.Educator!).ToListAsync(ct))
            {
                mentors.TryAdd(person.Id, new PairMentor(person.FullName, InScope: false));
            }
        }

        return mentors;
    }

    private static IQueryable<Domain.Mentoring.Mentor> Around(PortalDbContext db) =>
        db.Mentors.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking();
}

/// <summary>A pair's mentor as a page shows them: the name, and whether their staff card is in the user's scope (a link) or not.</summary>
public sealed record PairMentor(string Name, bool InScope)
{
    public static string NameOf(IReadOnlyDictionary<int, PairMentor> mentors, int educatorId) =>
        mentors.TryGetValue(educatorId, out var mentor) ? mentor.Name : "—";
}
