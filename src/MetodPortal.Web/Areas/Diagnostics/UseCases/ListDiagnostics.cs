using MetodPortal.Data;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

public sealed class DiagnosticFilter
{
    public string? Q { get; set; }
    public int? MunicipalityId { get; set; }
    public int? OrganizationId { get; set; }
    public int? InstrumentId { get; set; }
    public int? Year { get; set; }
    public int? EducatorId { get; set; }
    public bool WithDeficits { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record DiagnosticRow(
    int Id, DateOnly Date, int EducatorId, string EducatorName, string Organization, string Instrument, int Deficits,
        IReadOnlyList<string> DeficitAreas, bool HasRoute);

/// <summary>Diagnostics in the user's scope (the filters do the scoping), newest first unless sorted otherwise.</summary>
public static class ListDiagnostics
{
    public static IQueryable<Diagnostic> Query(PortalDbContext db, DiagnosticFilter filter)
    {
        var query = db.Diagnostics.AsNoTracking();
        if (filter.EducatorId is { } educatorId)
        {
            query = query.Where(d => d.EducatorId == educatorId);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            query = query.Where(d => d.OrganizationId == organizationId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(d => d.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.InstrumentId is { } instrumentId)
        {
            query = query.Where(d => d.InstrumentId == instrumentId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(d => d.Date >= new DateOnly(year, 1, 1) && d.Date <= new DateOnly(year, 12, 31));
        }

        if (filter.WithDeficits)
        {
            query = query.Where(d => d.Deficits.Any());
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(d => EF.Functions.ILike(RussianText.Folded(d.Educator!.LastName + " " + d.Educator.FirstName + " "
                + "" + (d.Educator.MiddleName ?? "")), pattern, Like.Escape));
        }

        return filter.Sort switch
        {
            "date" => query.OrderBy(d => d.Date).ThenBy(d => d.Id),
            "name" => query.OrderBy(d => d.Educator!.LastName).ThenBy(d => d.Educator!.FirstName).ThenByDescending(d => d.Date),
            _ => query.OrderByDescending(d => d.Date).ThenByDescending(d => d.Id),
        };
    }

    public static IQueryable<DiagnosticRow> Rows(PortalDbContext db, DiagnosticFilter filter) =>
        Query(db, filter).Select(d => new DiagnosticRow(
            d.Id, d.Date, d.EducatorId, d.Educator!.FullName,
            d.Organization!.ShortName ?? d.Organization.Name, d.Instrument!.Title, d.Deficits.Count,
            d.Deficits.OrderBy(x => x.CompetenceArea!.SortOrder).Select(x => x.CompetenceArea!.Name).ToList(),
            db.Routes.Any(r => r.DiagnosticId == d.Id)));

    public static Task<Page<DiagnosticRow>> PageAsync(PortalDbContext db, DiagnosticFilter filter, CancellationToken ct) =>
        Rows(db, filter).ToPageAsync(filter.Page, ct);

    /// <summary>The list in Excel: the page's columns, every row of the filter.</summary>
    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Дата", XlsxKind.Date, 12), new("Педагог", Width: 34), new("Организация", Width: 34), new("Диагностический материал", Width: 40),
        new("Дефицитов", XlsxKind.Integer, 11), new("Дефициты", Width: 60), new("ИОМ составлен", Width: 14), new("№ диагностики", XlsxKind.Integer, 12),
    ];

    public static IReadOnlyList<object?> Cells(DiagnosticRow r) =>
        [r.Date, r.EducatorName, r.Organization, r.Instrument, r.Deficits, string.Join("; ", r.DeficitAreas), r.HasRoute, r.Id];
}
