using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Choices;

/// <summary>Where staff work: the institutional organizations in the user's scope (the filter does the scoping), and the municipalities that list
/// filters offer.</summary>
public static class Workplaces
{
    public static IQueryable<Organization> Of(PortalDbContext db) => db.Organizations.Where(o => o.Level == OrganizationLevel.Institutional);

    public static Task<List<Choice>> ChoicesAsync(PortalDbContext db, CancellationToken ct) =>
        Of(db).AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);

    /// <summary>Every organization in the user's scope (or those <paramref name="where"/> keeps), regional first, by name: who may own, author
    /// or answer for a record.</summary>
    public static Task<List<Choice>> OrganizationChoicesAsync(PortalDbContext db, CancellationToken ct,
        System.Linq.Expressions.Expression<Func<Organization, bool>>? where = null) =>
        db.Organizations.AsNoTracking().Where(where ?? (o => true)).OrderBy(o => o.Level).ThenBy(o => o.Name)
            .Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);

    /// <summary>The staff of the organization a form names on the day, when it is one of the offered <paramref name="organizations"/> (none
    /// otherwise).</summary>
    public static async Task<List<Choice>> StaffOfChosenAsync(PortalDbContext db, IReadOnlyList<Choice> organizations, int? organizationId, DateOnly day,
        CancellationToken ct) =>
        organizationId is { } id && organizations.Any(o => o.Id == id) ? await StaffChoicesAsync(db, id, day, day, ct) : [];

    /// <summary>The people who still work at the organization on the day (an employment not ended before it): a mentor's, an author's, an expert's
    /// workplace.</summary>
    public static IQueryable<int> StaffOn(PortalDbContext db, int organizationId, DateOnly day) =>
        db.Employments.Where(x => x.OrganizationId == organizationId && (x.EndDate == null || x.EndDate >= day)).Select(x => x.EducatorId);

    /// <summary>The people employed at the organization at some point from <paramref name="from"/> to <paramref name="to"/>, by name.</summary>
    public static async Task<List<Choice>> StaffChoicesAsync(PortalDbContext db, int organizationId, DateOnly from, DateOnly to, CancellationToken ct) =>
        [.. (await db.Employments.AsNoTracking()
                .Where(x => x.OrganizationId == organizationId && (x.StartDate == null || x.StartDate <= to) && (x.EndDate == null || x.EndDate >= from))
                .OrderBy(x => x.Educator!.LastName).ThenBy(x => x.Educator!.FirstName)
                .Select(x => new Choice(x.EducatorId, x.Educator!.FullName)).ToListAsync(ct))
            .DistinctBy(c => c.Id)];

    /// <summary>
    /// Whether a page may preselect the organization or municipality its link names: none named, or one in the user's
    /// scope. Another's id answers "not found", as it does everywhere else.
    /// </summary>
    public static async Task<bool> MayNameAsync(PortalDbContext db, int? organizationId, int? municipalityId, CancellationToken ct) =>
        (organizationId is not { } o || await db.Organizations.AnyAsync(x => x.Id == o, ct))
        && (municipalityId is not { } m || await db.Municipalities.AnyAsync(x => x.Id == m, ct));

    public static Task<List<Choice>> MunicipalityChoicesAsync(PortalDbContext db, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(ct);
}
