using MetodPortal.Data;
using MetodPortal.Web.Choices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Names of the organizations and municipalities of the user's own region. They are public, and pages show them beyond
/// the user's scope: the owner of a community seen through one of its members, the organizer and territory of an event
/// in the region-wide navigator. Only names are read, and only inside the region (listed in docs/architecture.md).
/// </summary>
public static class PublicNames
{
    public static async Task<Dictionary<int, string>> OrganizationsAsync(PortalDbContext db, IEnumerable<int> ids, CancellationToken ct)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Organizations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking()
            .Where(o => wanted.Contains(o.Id) && (db.ScopeIsGlobal || o.RegionId == db.ScopeRegionId))
            .ToDictionaryAsync(o => o.Id, o => o.ShortName ?? o.Name, ct);
    }

    public static async Task<Dictionary<int, string>> MunicipalitiesAsync(PortalDbContext db, CancellationToken ct) =>
        await db.Municipalities.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking()
            .Where(m => db.ScopeIsGlobal || m.RegionId == db.ScopeRegionId)
            .ToDictionaryAsync(m => m.Id, m => m.Name, ct);

    public static async Task<List<Choice>> MunicipalityChoicesAsync(PortalDbContext db, CancellationToken ct) =>
        [.. (await MunicipalitiesAsync(db, ct)).Select(m => new Choice(m.Key, m.Value)).OrderBy(c => c.Name, StringComparer.Create(Display.Russian, false))];

    public static string Of(this IReadOnlyDictionary<int, string> names, int? id) => id is { } key && names.TryGetValue(key, out var name) ? name : "—";
}
