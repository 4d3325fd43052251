using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

public sealed record Choice(int Id, string Name);

/// <summary>Where staff work: the institutional organizations in the user's scope (the filter does the scoping), and the municipalities that list filters offer.</summary>
public static class Workplaces
{
    public static IQueryable<Organization> Of(PortalDbContext db) => db.Organizations.Where(o => o.Level == OrganizationLevel.Institutional);

    public static Task<List<Choice>> ChoicesAsync(PortalDbContext db, CancellationToken ct) =>
        Of(db).AsNoTracking().OrderBy(o => o.Name).Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);

    public static Task<List<Choice>> MunicipalityChoicesAsync(PortalDbContext db, CancellationToken ct) =>
        db.Municipalities.AsNoTracking().OrderBy(m => m.Name).Select(m => new Choice(m.Id, m.Name)).ToListAsync(ct);
}
