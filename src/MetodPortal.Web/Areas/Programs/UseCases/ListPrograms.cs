using MetodPortal.Data;
using MetodPortal.Domain.Programs;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class ProgramFilter
{
    public string? Q { get; set; }
    public ProgramKind? Kind { get; set; }
    public ProgramFormat? Format { get; set; }
    public bool Federal { get; set; }
    public bool Expertise { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ProgramRow(int Id, string Title, string Provider, int Hours, ProgramKind Kind, ProgramFormat Format, string? Protocol,
    DateOnly? ProtocolDate,
    bool InFederalRegistry, bool IsActive, int Completions);

public static class ListPrograms
{
    public static Task<Page<ProgramRow>> PageAsync(PortalDbContext db, ProgramFilter filter, CancellationToken ct) =>
        Rows(db, Query(db, filter)).ToPageAsync(filter.Page, ct);

    /// <summary>The programmes of the filter in Excel, and on a second sheet the completions of them by educators the user can see.</summary>
    public static IReadOnlyList<XlsxSheet> Sheets(PortalDbContext db, ProgramFilter filter)
    {
        var programs = Query(db, filter);
        var completions = db.ProgramCompletions.AsNoTracking().Where(c => programs.Any(p => p.Id == c.ProgramId))
            .OrderBy(c => c.Program!.Title).ThenBy(c => c.ProgramId).ThenBy(c => c.Educator!.LastName).ThenBy(c => c.Educator!.FirstName)
            .ThenBy(c => c.CompletedOn).ThenBy(c => c.Id)
            .Select(c => new { c.Program!.Title, c.Educator!.FullName, Organization = c.Organization!.ShortName ?? c.Organization.Name, c.CompletedOn,
                c.CertificateNumber });
        return
        [
            new XlsxSheet("Программы ДПП", ProgramColumns, Rows(db, programs).AsEnumerable().Select(p => (IReadOnlyList<object?>)
            [
                p.Title, p.Provider, p.Hours, p.Kind.Name(), p.Format.Name(), p.Protocol, p.ProtocolDate, p.InFederalRegistry, p.IsActive, p.Completions, p.Id,
            ])),
            new XlsxSheet("Прохождения", CompletionColumns, completions.AsEnumerable().Select(c => (IReadOnlyList<object?>)
                [c.Title, c.FullName, c.Organization, c.CompletedOn, c.CertificateNumber])),
        ];
    }

    private static readonly IReadOnlyList<XlsxColumn> ProgramColumns =
    [
        new("Программа", Width: 50), new("Организация-разработчик", Width: 34), new("Часов", XlsxKind.Integer, 8), new("Вид", Width: 24),
        new("Форма", Width: 20), new("Протокол экспертизы", Width: 14), new("Дата протокола", XlsxKind.Date, 12),
        new("В федеральном реестре", Width: 12), new("Действует", Width: 10), new("Прошли обучение", XlsxKind.Integer, 12),
        new("№ программы", XlsxKind.Integer, 12),
    ];

    private static readonly IReadOnlyList<XlsxColumn> CompletionColumns =
    [
        new("Программа", Width: 50), new("Педагог", Width: 34), new("Организация", Width: 34), new("Дата окончания", XlsxKind.Date, 12),
        new("Удостоверение №", Width: 18),
    ];

    private static IQueryable<ProfessionalProgram> Query(PortalDbContext db, ProgramFilter filter)
    {
        var query = db.ProfessionalPrograms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => EF.Functions.ILike(RussianText.Folded(p.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(p.Provider), pattern, Like.Escape));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.Format is { } format)
        {
            query = query.Where(p => p.Format == format);
        }

        if (filter.Federal)
        {
            query = query.Where(p => p.InFederalRegistry);
        }

        if (filter.Expertise)
        {
            query = query.Where(p => p.ExpertiseProtocolNumber != null);
        }

        return query.OrderByDescending(p => p.IsActive).ThenBy(p => p.Title).ThenBy(p => p.Id);
    }

    /// <summary>Completions counted are those of educators in the user's scope (their filter applies inside the count).</summary>
    private static IQueryable<ProgramRow> Rows(PortalDbContext db, IQueryable<ProfessionalProgram> programs) =>
        programs.Select(p => new ProgramRow(p.Id, p.Title, p.Provider, p.Hours, p.Kind, p.Format, p.ExpertiseProtocolNumber, p.ExpertiseProtocolDate,
            p.InFederalRegistry, p.IsActive, db.ProgramCompletions.Count(c => c.ProgramId == p.Id)));
}
