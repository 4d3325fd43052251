using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>
/// ДПП completions of one organization's staff from its template, through <see cref="SheetImport"/> (all or nothing).
/// The programme is named as in the registry; a completion of the same person, programme and date is updated, so
/// loading the same file twice changes nothing.
/// </summary>
public sealed class ImportCompletions(PortalDbContext db, TimeProvider clock, ILogger<ImportCompletions> logger)
{
    public const int MaxRows = 5_000;
    public const string Program = "Программа ДПП (как в реестре)";
    public const string CompletedOn = "Дата окончания";
    public const string Certificate = "Номер удостоверения";

    public static readonly IReadOnlyList<XlsxColumn> Columns =
        [.. StaffTemplateRows.PersonColumns, new(Program, Width: 48), new(CompletedOn, XlsxKind.Date, 16), new(Certificate, Width: 20)];

    public Task<ImportResult> RunAsync(Stream file, Organization organization, IProgress<WorkStep>? progress, CancellationToken ct) =>
        SheetImport.RunAsync(file, new Sheet(db, clock.Today(), logger, organization), progress, ct);

    private sealed record Row(Employment Job, ProfessionalProgram Program, DateOnly Date, string? Number);

    private sealed class Sheet(PortalDbContext db, DateOnly today, ILogger logger, Organization organization) : SheetDescription<Row>
    {
        private StaffTemplateRows _staff = null!;
        private Dictionary<string, List<ProfessionalProgram>> _programs = [];

        public override IReadOnlyList<string> Headers { get; } = [.. Columns.Select(c => c.Header)];

        public override int MaxRows => ImportCompletions.MaxRows;

        public override string HeadersRefusal(IReadOnlyList<string> found) =>
            StaffTemplateRows.HeadersRefusal(Columns, "прохождения курсов", "Скачайте шаблон на этой странице.");

        public override async Task PrepareAsync(CancellationToken ct)
        {
            _staff = await StaffTemplateRows.ForAsync(db, organization.Id, ct);
            _programs = (await db.ProfessionalPrograms.AsNoTracking().ToListAsync(ct)).GroupBy(p => p.Title.Trim(), StringComparer.OrdinalIgnoreCase)
                .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        }

        public override Row? Read(SheetCells cells)
        {
            var job = _staff.Find(i => cells[i], cells.Error);
            ProfessionalProgram? program = null;
            if (cells[5] is not { } title)
            {
                cells.Error(Program, "Обязательное поле не заполнено.");
            }
            else if (!_programs.TryGetValue(title, out var found))
            {
                cells.Error(Program, $"Программы «{title}» нет в реестре ДПП. Название должно совпадать с реестром.");
            }
            else if (found.Count > 1)
            {
                cells.Error(Program, $"В реестре несколько программ «{title}»: загрузите это прохождение на карточке педагога.");
            }
            else if (!found[0].IsActive)
            {
                cells.Error(Program, $"Программа «{title}» в реестре не действует.");
            }
            else
            {
                program = found[0];
            }

            var date = cells[6] is { } dateText ? ImportCells.ParseDate(dateText) : null;
            if (cells[6] is { } text && date is null)
            {
                cells.Error(CompletedOn, $"«{text}» — не дата.");
            }
            else if (CompletionRules.DateError(date, today) is { } dateError)
            {
                cells.Error(CompletedOn, dateError);
            }

            if (CompletionRules.CertificateError(cells[7]) is { } numberError)
            {
                cells.Error(Certificate, numberError);
            }

            return job is null || program is null || date is null ? null : new Row(job, program, date.Value, cells[7]);
        }

        public override IEnumerable<ImportError> CheckTogether(IReadOnlyList<SheetRow<Row>> rows) =>
            rows.GroupBy(r => (r.Value.Job.EducatorId, r.Value.Program.Id, r.Value.Date)).Where(g => g.Count() > 1)
                .SelectMany(g => g.Skip(1).Select(r => new ImportError(r.Row, Program, $"Это же прохождение уже есть в строке {g.First().Row}.")));

        public override async Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<Row>> rows, CancellationToken ct)
        {
            var educatorIds = rows.Select(r => r.Value.Job.EducatorId).Distinct().ToList();
            var existing = await db.ProgramCompletions.Where(c => educatorIds.Contains(c.EducatorId)).ToListAsync(ct);
            // Who has a planned ИОМ item linked to a cohort of which programme: only those rows look for an item to report.
            var linked = (await db.RouteItems.Where(i => educatorIds.Contains(i.EducatorId) && i.Status == RouteItemStatus.Planned && i.CohortId != null)
                .Select(i => new { i.EducatorId, i.Cohort!.ProgramId }).ToListAsync(ct)).Select(i => (i.EducatorId, i.ProgramId)).ToHashSet();
            int added = 0, updated = 0;
            foreach (var (job, program, date, number) in rows.Select(r => r.Value))
            {
                var completion = existing.FirstOrDefault(c => c.EducatorId == job.EducatorId && c.ProgramId == program.Id && c.CompletedOn == date);
                if (completion is null)
                {
                    completion = new ProgramCompletion
                    {
                        RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = job.EducatorId, ProgramId = program.Id,
                        CompletedOn = date, CertificateNumber = number,
                    };
                    db.ProgramCompletions.Add(completion);
                    added++;
                    if (linked.Contains((job.EducatorId, program.Id)))
                    {
                        await RecordedEvidence.ReportAsync(db, job.EducatorId, i => i.Cohort!.ProgramId == program.Id,
                            new RecordEvidence(RecordCompletion.EvidenceNote(program.Title, completion), Completion: completion), today, ct);
                    }
                }
                else
                {
                    completion.CertificateNumber = number;
                    updated++;
                }
            }

            await db.SaveChangesAsync(ct);
            logger.LogInformation("Imported {Rows} ДПП completions into {OrganizationId}", rows.Count, organization.Id);
            return new ImportResult([], added, updated);
        }
    }
}
