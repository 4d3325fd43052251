using MetodPortal.Data;
using MetodPortal.Domain.Diagnostics;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.UseCases;

public sealed record DiagnosticImportResult(IReadOnlyList<ImportError> Errors, int Added, int Updated)
{
    public bool Succeeded => Errors.Count == 0;

    public static DiagnosticImportResult Failed(string message) => new([new ImportError(0, "", message)], 0, 0);
}

/// <summary>
/// Bulk results of one instrument for one organization, from its template: every row is checked first and only a file
/// without a single error is written, in one save. A row finds the educator by personnel number, else by full name and
/// birth date among the organization's staff; a diagnostic of the same person, instrument and date is updated, so
/// loading the same file twice changes nothing.
/// </summary>
public sealed class ImportDiagnostics(PortalDbContext db, TimeProvider clock, ILogger<ImportDiagnostics> logger)
{
    public const int MaxRows = 5_000;
    public const string Date = "Дата диагностики";
    public const string ConductedBy = "Кто проводил";

    public static IReadOnlyList<XlsxColumn> Columns(DiagnosticInstrument instrument) =>
    [
        .. StaffTemplateRows.PersonColumns, new(Date, XlsxKind.Date, 16), new(ConductedBy, Width: 26),
        .. instrument.Areas.OrderBy(a => a.SortOrder).Select(a => new XlsxColumn(AreaHeader(a), XlsxKind.Number, 22)),
    ];

    public static string AreaHeader(InstrumentArea area) => $"{area.CompetenceArea!.Name} (0–{Display.Number(area.MaxScore)})";

    public async Task<DiagnosticImportResult> RunAsync(Stream file, DiagnosticInstrument instrument, Organization organization,
        IProgress<WorkStep>? progress, CancellationToken ct)
    {
        var columns = Columns(instrument);
        var (rows, refusal) = StaffTemplateRows.Read(file, columns, MaxRows, $"материала «{instrument.Title}»",
            "Скачайте шаблон для этого материала.", progress);
        if (refusal is not null)
        {
            return DiagnosticImportResult.Failed(refusal);
        }

        var staff = await StaffTemplateRows.ForAsync(db, organization.Id, ct);
        var areas = instrument.Areas.OrderBy(a => a.SortOrder).ToList();
        var today = clock.Today();
        var errors = new List<ImportError>();
        var parsed = new List<(int Row, Employment Job, DateOnly Date, string ConductedBy, Dictionary<int, decimal> Scores)>();

        var checkedRows = 0;
        foreach (var (row, cells) in rows)
        {
            string? Cell(int i) => StaffTemplateRows.Cell(cells, i);
            var before = errors.Count;
            void Error(string column, string message) => errors.Add(new ImportError(row, column, message));

            var job = staff.Find(Cell, Error);
            var date = Cell(5) is { } dateText ? ImportCells.ParseDate(dateText) : null;
            if (date is null)
            {
                Error(Date, Cell(5) is null ? "Обязательное поле не заполнено." : $"«{Cell(5)}» — не дата.");
            }
            else if (date > today)
            {
                Error(Date, "Дата диагностики не может быть в будущем.");
            }

            var conductedBy = Cell(6);
            if (conductedBy is null)
            {
                Error(ConductedBy, "Обязательное поле не заполнено.");
            }
            else if (conductedBy.Length > 200)
            {
                Error(ConductedBy, "Не длиннее 200 символов.");
            }

            var scores = new Dictionary<int, decimal>();
            for (var i = 0; i < areas.Count; i++)
            {
                var text = Cell(7 + i);
                var score = Display.ParseNumber(text);
                var error = text is null ? "Укажите балл." : score is null ? $"«{text}» — не число." : DeficitRules.ScoreError(score, areas[i].MaxScore);
                if (error is not null)
                {
                    Error(AreaHeader(areas[i]), error);
                }
                else
                {
                    scores[areas[i].CompetenceAreaId] = score!.Value;
                }
            }

            if (errors.Count == before)
            {
                parsed.Add((row, job!, date!.Value, conductedBy!, scores));
            }

            progress?.Report(WorkStep.Checking(++checkedRows, rows.Count, errors.Count));
        }

        foreach (var group in parsed.GroupBy(p => (p.Job.EducatorId, p.Date)).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(p => new ImportError(p.Row, StaffTemplateRows.PersonnelNumber,
                $"Результат этого сотрудника на эту дату уже есть в строке {first}.")));
        }

        progress?.Report(WorkStep.Checking(rows.Count, rows.Count, errors.Count));
        if (errors.Count > 0)
        {
            return new DiagnosticImportResult([.. errors.OrderBy(e => e.Row)], 0, 0);
        }

        var educatorIds = parsed.Select(p => p.Job.EducatorId).Distinct().ToList();
        var existing = await db.Diagnostics.Include(d => d.Scores).Include(d => d.Deficits)
            .Where(d => d.InstrumentId == instrument.Id && educatorIds.Contains(d.EducatorId)).ToListAsync(ct);
        int added = 0, updated = 0;
        foreach (var (_, job, date, conductedBy, scores) in parsed)
        {
            var diagnostic = existing.FirstOrDefault(d => d.EducatorId == job.EducatorId && d.Date == date);
            if (diagnostic is null)
            {
                diagnostic = new Diagnostic
                {
                    RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = job.EducatorId, InstrumentId = instrument.Id,
                    Date = date, CreatedAt = clock.GetUtcNow(),
                };
                db.Diagnostics.Add(diagnostic);
                added++;
            }
            else
            {
                updated++;
            }

            diagnostic.ConductedBy = conductedBy;
            var manual = diagnostic.Deficits.Where(x => x.IsManual).ToDictionary(x => x.CompetenceAreaId, x => x.Note);
            diagnostic.SetResults(instrument.Areas, scores, manual);
        }

        progress?.Report(WorkStep.Saving(parsed.Count));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Rows} diagnostic results of instrument {InstrumentId} into {OrganizationId}", parsed.Count, instrument.Id,
            organization.Id);
        return new DiagnosticImportResult([], added, updated);
    }
}
