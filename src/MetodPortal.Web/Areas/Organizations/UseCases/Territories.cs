using MetodPortal.Data;
using MetodPortal.Web.Choices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

/// <summary>The rows of a drill-down table: municipalities, or inside one its organizations, named and in Russian alphabetical order.</summary>
public static class Territories
{
    private static readonly StringComparer RussianOrder = StringComparer.Create(Infrastructure.Display.Russian, false);

    public static async Task<IReadOnlyList<Choice>> NamesAsync(PortalDbContext db, IReadOnlyCollection<int> ids, bool organizations, CancellationToken ct)
    {
        var names = organizations
            ? await db.Organizations.AsNoTracking().Where(o => ids.Contains(o.Id)).Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct)
            : await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new Choice(m.Id, m.Name)).ToListAsync(ct);
        return [.. names.OrderBy(n => n.Name, RussianOrder)];
    }
}
