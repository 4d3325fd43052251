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

/// <summary>
/// Bulk results of one instrument for one organization, from its template, through <see cref="SheetImport"/> (all or
/// nothing). A row finds the educator by personnel number, else by full name and birth date among the organization's
/// staff; a diagnostic of the same person, instrument and date is updated, so loading the same file twice changes nothing.
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

    public Task<ImportResult> RunAsync(Stream file, DiagnosticInstrument instrument, Organization organization, IProgress<WorkStep>? progress,
        CancellationToken ct) =>
        SheetImport.RunAsync(file, new Sheet(db, clock, logger, instrument, organization), progress, ct);

    private sealed record Row(Employment Job, DateOnly Date, string ConductedBy, Dictionary<int, decimal> Scores);

    private sealed class Sheet(PortalDbContext db, TimeProvider clock, ILogger logger, DiagnosticInstrument instrument, Organization organization)
        : SheetDescription<Row>
    {
        private readonly List<InstrumentArea> _areas = [.. instrument.Areas.OrderBy(a => a.SortOrder)];
        private readonly DateOnly _today = clock.Today();
        private StaffTemplateRows _staff = null!;

        public override IReadOnlyList<string> Headers { get; } = [.. Columns(instrument).Select(c => c.Header)];

        public override int MaxRows => ImportDiagnostics.MaxRows;

        public override string HeadersRefusal(IReadOnlyList<string> found) =>
            StaffTemplateRows.HeadersRefusal(Columns(instrument), $"материала «{instrument.Title}»", "Скачайте шаблон для этого материала.");

        public override async Task PrepareAsync(CancellationToken ct) => _staff = await StaffTemplateRows.ForAsync(db, organization.Id, ct);

        public override Row? Read(SheetCells cells)
        {
            var job = _staff.Find(i => cells[i], cells.Error);
            var date = cells.Date(5, Date);
            if (date > _today)
            {
                cells.Error(Date, "Дата диагностики не может быть в будущем.");
            }

            var conductedBy = cells[6];
            if (conductedBy is null)
            {
                cells.Error(ConductedBy, "Обязательное поле не заполнено.");
            }
            else if (conductedBy.Length > 200)
            {
                cells.Error(ConductedBy, "Не длиннее 200 символов.");
            }

            var scores = new Dictionary<int, decimal>();
            for (var i = 0; i < _areas.Count; i++)
            {
                var text = cells[7 + i];
                var score = Display.ParseNumber(text);
                var error = text is null ? "Укажите балл." : score is null ? $"«{text}» — не число." : DeficitRules.ScoreError(score, _areas[i].MaxScore);
                if (error is not null)
                {
                    cells.Error(AreaHeader(_areas[i]), error);
                }
                else
                {
                    scores[_areas[i].CompetenceAreaId] = score!.Value;
                }
            }

            return job is null || date is null || conductedBy is null ? null : new Row(job, date.Value, conductedBy, scores);
        }

        public override IEnumerable<ImportError> CheckTogether(IReadOnlyList<SheetRow<Row>> rows) =>
            rows.GroupBy(r => (r.Value.Job.EducatorId, r.Value.Date)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Skip(1).Select(r => new ImportError(r.Row, StaffTemplateRows.PersonnelNumber,
                    $"Результат этого сотрудника на эту дату уже есть в строке {g.First().Row}.")));

        public override async Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<Row>> rows, CancellationToken ct)
        {
            var educatorIds = rows.Select(r => r.Value.Job.EducatorId).Distinct().ToList();
            var existing = await db.Diagnostics.Include(d => d.Scores).Include(d => d.Deficits)
                .Where(d => d.InstrumentId == instrument.Id && educatorIds.Contains(d.EducatorId)).ToListAsync(ct);
            int added = 0, updated = 0;
            foreach (var (job, date, conductedBy, scores) in rows.Select(r => r.Value))
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

            await db.SaveChangesAsync(ct);
            logger.LogInformation("Imported {Rows} diagnostic results of instrument {InstrumentId} into {OrganizationId}", rows.Count, instrument.Id,
                organization.Id);
            return new ImportResult([], added, updated);
        }
    }
}
