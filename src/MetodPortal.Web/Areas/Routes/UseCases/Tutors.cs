using MetodPortal.Data;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Choices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>
/// Who may tutor a route of an organization: an active methodist whose scope holds it — a ЦНППМ / ИРО methodist of
/// the region, or a municipal methodist of its municipality. Users are not region-filtered (login needs them), so
/// this reads them by the organization's own region and municipality.
/// </summary>
public static class Tutors
{
    public static IQueryable<Choice> For(PortalDbContext db, Organization organization) =>
        Users(db, organization).OrderBy(u => u.FullName).Select(u => new Choice(u.Id, u.FullName + ", " + (u.Organization!.ShortName ?? u.Organization.Name)));

    public static IQueryable<Data.Identity.AppUser> Users(PortalDbContext db, Organization organization)
    {
        var regional = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.RegionalMethodist)).Select(ur => ur.UserId);
        var municipal = db.UserRoles.Where(ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Methodist)).Select(ur => ur.UserId);
        return db.Users.AsNoTracking()
            .Where(u => u.IsActive && u.RegionId == organization.RegionId
                && (regional.Contains(u.Id) || (municipal.Contains(u.Id) && u.Organization!.MunicipalityId == organization.MunicipalityId)));
    }

    /// <summary>Users' names by id, for showing a tutor or who approved.</summary>
    public static Task<Dictionary<int, string>> NamesAsync(PortalDbContext db, IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return db.Users.AsNoTracking().Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, ct);
    }
}
