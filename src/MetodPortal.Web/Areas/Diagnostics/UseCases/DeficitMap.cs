using MetodPortal.Data;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

/// <param name="Diagnosed">Distinct educators diagnosed in the year (a person diagnosed twice counts once).</param>
/// <param name="WithDeficit">Competence area id → distinct educators with a deficit in it.</param>
public sealed record DeficitMapRow(int Id, string Name, int Diagnosed, IReadOnlyDictionary<int, int> WithDeficit);

/// <summary>
/// The deficit map: for each municipality (or, inside one, each organization) the educators diagnosed in a year and
/// how many of them have a deficit in each competence area. Counted in the database over the user's scope.
/// </summary>
public static class DeficitMap
{
    public static async Task<IReadOnlyList<DeficitMapRow>> BuildAsync(PortalDbContext db, int year, int? municipalityId, CancellationToken ct)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var diagnostics = db.Diagnostics.Where(d => d.Date >= from && d.Date <= to
            && (municipalityId == null || d.Organization!.MunicipalityId == municipalityId));
        var byOrganization = municipalityId is not null;

        var diagnosed = await diagnostics
            .Select(d => new { Key = byOrganization ? d.OrganizationId : d.Organization!.MunicipalityId!.Value, d.EducatorId })
            .Distinct().GroupBy(x => x.Key).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var deficits = await db.DiagnosticDeficits.Where(x => diagnostics.Any(d => d.Id == x.DiagnosticId))
            .Select(x => new { Key = byOrganization ? x.OrganizationId
                : db.Organizations.Where(o => o.Id == x.OrganizationId).Select(o => o.MunicipalityId!.Value).First(), x.EducatorId, x.CompetenceAreaId })
            .Distinct().GroupBy(x => new { x.Key, x.CompetenceAreaId }).Select(g => new { g.Key.Key, g.Key.CompetenceAreaId, Count = g.Count() })
            .ToListAsync(ct);

        var names = await Territories.NamesAsync(db, diagnosed.Keys, byOrganization, ct);
        return [.. names.Select(n => new DeficitMapRow(n.Id, n.Name, diagnosed[n.Id],
            deficits.Where(d => d.Key == n.Id).ToDictionary(d => d.CompetenceAreaId, d => d.Count)))];
    }

    /// <summary>The map in Excel: per territory the educators diagnosed and, per competence area, those with the deficit and their share.</summary>
    public static XlsxSheet Sheet(IReadOnlyList<DeficitMapRow> rows, IReadOnlyList<Choice> areas, bool byOrganization) =>
        new("Карта дефицитов",
        [
            new(byOrganization ? "Организация" : "Муниципалитет", Width: 40), new("Прошли диагностику", XlsxKind.Integer, 14),
            .. areas.SelectMany(a => new XlsxColumn[] { new($"{a.Name}: с дефицитом", XlsxKind.Integer, 14), new($"{a.Name}: доля", XlsxKind.Percent, 12) }),
        ],
        rows.Select(r => (IReadOnlyList<object?>)
        [
            r.Name, r.Diagnosed,
            .. areas.SelectMany(a => new object?[] { r.WithDeficit.GetValueOrDefault(a.Id), Share(r.WithDeficit.GetValueOrDefault(a.Id), r.Diagnosed) }),
        ]));

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 3);
}
