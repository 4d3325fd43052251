using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Programs;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed record CompletionImportResult(IReadOnlyList<ImportError> Errors, int Added, int Updated)
{
    public bool Succeeded => Errors.Count == 0;

    public static CompletionImportResult Failed(string message) => new([new ImportError(0, "", message)], 0, 0);
}

/// <summary>
/// ДПП completions of one organization's staff from its template, all or nothing: every row is checked first and only a
/// file without errors is written, in one save. The programme is named as in the registry; a completion of the same
/// person, programme and date is updated, so loading the same file twice changes nothing.
/// </summary>
public sealed class ImportCompletions(PortalDbContext db, TimeProvider clock, ILogger<ImportCompletions> logger)
{
    public const int MaxRows = 5_000;
    public const string Program = "Программа ДПП (как в реестре)";
    public const string CompletedOn = "Дата окончания";
    public const string Certificate = "Номер удостоверения";

    public static readonly IReadOnlyList<XlsxColumn> Columns =
        [.. StaffTemplateRows.PersonColumns, new(Program, Width: 48), new(CompletedOn, XlsxKind.Date, 16), new(Certificate, Width: 20)];

    public async Task<CompletionImportResult> RunAsync(Stream file, Organization organization, IProgress<WorkStep>? progress, CancellationToken ct)
    {
        var (rows, refusal) = StaffTemplateRows.Read(file, Columns, MaxRows, "прохождения курсов", "Скачайте шаблон на этой странице.", progress);
        if (refusal is not null)
        {
            return CompletionImportResult.Failed(refusal);
        }

        var staff = await StaffTemplateRows.ForAsync(db, organization.Id, ct);
        var programs = (await db.ProfessionalPrograms.AsNoTracking().ToListAsync(ct)).GroupBy(p => p.Title.Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        var today = clock.Today();
        var errors = new List<ImportError>();
        var parsed = new List<(int Row, int EducatorId, ProfessionalProgram Program, DateOnly Date, string? Number)>();
        var checkedRows = 0;
        foreach (var (row, cells) in rows)
        {
            string? Cell(int i) => StaffTemplateRows.Cell(cells, i);
            var before = errors.Count;
            void Error(string column, string message) => errors.Add(new ImportError(row, column, message));

            var job = staff.Find(Cell, Error);
            ProfessionalProgram? program = null;
            if (Cell(5) is not { } title)
            {
                Error(Program, "Обязательное поле не заполнено.");
            }
            else if (!programs.TryGetValue(title, out var found))
            {
                Error(Program, $"Программы «{title}» нет в реестре ДПП. Название должно совпадать с реестром.");
            }
            else if (found.Count > 1)
            {
                Error(Program, $"В реестре несколько программ «{title}»: загрузите это прохождение на карточке педагога.");
            }
            else if (!found[0].IsActive)
            {
                Error(Program, $"Программа «{title}» в реестре не действует.");
            }
            else
            {
                program = found[0];
            }

            var date = Cell(6) is { } dateText ? ImportCells.ParseDate(dateText) : null;
            if (Cell(6) is { } text && date is null)
            {
                Error(CompletedOn, $"«{text}» — не дата.");
            }
            else if (CompletionRules.DateError(date, today) is { } dateError)
            {
                Error(CompletedOn, dateError);
            }

            if (CompletionRules.CertificateError(Cell(7)) is { } numberError)
            {
                Error(Certificate, numberError);
            }

            if (errors.Count == before)
            {
                parsed.Add((row, job!.EducatorId, program!, date!.Value, Cell(7)));
            }

            progress?.Report(WorkStep.Checking(++checkedRows, rows.Count, errors.Count));
        }

        foreach (var group in parsed.GroupBy(p => (p.EducatorId, p.Program.Id, p.Date)).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(p => new ImportError(p.Row, Program, $"Это же прохождение уже есть в строке {first}.")));
        }

        progress?.Report(WorkStep.Checking(rows.Count, rows.Count, errors.Count));
        if (errors.Count > 0)
        {
            return new CompletionImportResult([.. errors.OrderBy(e => e.Row)], 0, 0);
        }

        var educatorIds = parsed.Select(p => p.EducatorId).Distinct().ToList();
        var existing = await db.ProgramCompletions.Where(c => educatorIds.Contains(c.EducatorId)).ToListAsync(ct);
        int added = 0, updated = 0;
        foreach (var (_, educatorId, program, date, number) in parsed)
        {
            var completion = existing.FirstOrDefault(c => c.EducatorId == educatorId && c.ProgramId == program.Id && c.CompletedOn == date);
            if (completion is null)
            {
                db.ProgramCompletions.Add(new ProgramCompletion
                {
                    RegionId = organization.RegionId, OrganizationId = organization.Id, EducatorId = educatorId, ProgramId = program.Id, CompletedOn = date,
                    CertificateNumber = number,
                });
                added++;
            }
            else
            {
                completion.CertificateNumber = number;
                updated++;
            }
        }

        progress?.Report(WorkStep.Saving(parsed.Count));
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Rows} ДПП completions into {OrganizationId}", parsed.Count, organization.Id);
        return new CompletionImportResult([], added, updated);
    }
}
