using MetodPortal.Data;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Imports;

/// <summary>
/// The shared part of the imports about an organization's staff (diagnostic results, ДПП completions): the template
/// starts with the columns that name a person, the sheet is read and its headers checked, and each row finds its
/// employee — by personnel number, else by full name and birth date among the organization's staff.
/// </summary>
public sealed class StaffTemplateRows
{
    public const string PersonnelNumber = "Табельный номер";

    public static readonly XlsxColumn[] PersonColumns =
    [
        new(PersonnelNumber, Width: 14), new(StaffSheet.LastName, Width: 18), new(StaffSheet.FirstName, Width: 14), new(StaffSheet.MiddleName, Width: 18),
        new(StaffSheet.BirthDate, XlsxKind.Date, 14),
    ];

    private readonly Dictionary<string, Employment> _byNumber;
    private readonly Dictionary<string, Employment> _byKey;

    private StaffTemplateRows(List<Employment> staff)
    {
        _byNumber = staff.Where(e => e.PersonnelNumber is not null).GroupBy(e => e.PersonnelNumber!).ToDictionary(g => g.Key, g => g.First());
        _byKey = staff.GroupBy(e => e.Educator!.MatchKey).ToDictionary(g => g.Key, g => g.First());
    }

    /// <summary>The data rows of the file, or the message that refuses it whole (not a workbook, wrong headers, no rows).</summary>
    public static (List<(int Row, string?[] Cells)> Rows, string? Error) Read(Stream file, IReadOnlyList<XlsxColumn> columns, int maxRows,
        string template, string download,
        IProgress<WorkStep>? progress)
    {
        List<(int Row, string?[] Cells)> rows;
        try
        {
            rows = XlsxReader.ReadFirstSheet(file, maxRows, progress?.Reading());
        }
        catch (XlsxFileException e)
        {
            return ([], e.Message);
        }

        var headers = rows.Count == 0 ? [] : rows[0].Cells.Select(c => c?.Trim() ?? "").ToList();
        if (headers.Count < columns.Count || !columns.Select((c, i) => string.Equals(c.Header, headers[i], StringComparison.OrdinalIgnoreCase)).All(ok => ok))
        {
            return ([], $"Первая строка должна содержать заголовки шаблона {template} по порядку: {string.Join(", ", columns.Select(c => c.Header))}. "
                + $"{download}");
        }

        return rows.Count == 1 ? ([], "В файле нет ни одной строки с данными: заполните строки под заголовками.") : (rows.Skip(1).ToList(), null);
    }

    /// <summary>The organization's staff, current and former (the filter keeps it in the user's scope).</summary>
    public static async Task<StaffTemplateRows> ForAsync(PortalDbContext db, int organizationId, CancellationToken ct) =>
        new(await db.Employments.AsNoTracking().Include(e => e.Educator).Where(e => e.OrganizationId == organizationId).ToListAsync(ct));

    /// <summary>The employee a row names in its first five cells; null after reporting why through <paramref name="error"/>.</summary>
    public Employment? Find(Func<int, string?> cell, Action<string, string> error)
    {
        if (cell(0) is { } number)
        {
            var job = _byNumber.GetValueOrDefault(number);
            if (job is null)
            {
                error(PersonnelNumber, $"В организации нет сотрудника с табельным номером {number}.");
            }

            return job;
        }

        if (cell(1) is { } last && cell(2) is { } first && cell(4) is { } birthText)
        {
            var birth = ImportCells.ParseDate(birthText);
            if (birth is null)
            {
                error(StaffSheet.BirthDate, $"«{birthText}» — не дата.");
                return null;
            }

            var job = _byKey.GetValueOrDefault(EducatorIdentity.MatchKey(last, first, cell(3), birth.Value));
            if (job is null)
            {
                error(StaffSheet.LastName, $"{last} {first} {cell(3)} ({Display.Date(birth)}) не найден(а) среди сотрудников организации.");
            }

            return job;
        }

        error(PersonnelNumber, "Укажите табельный номер или ФИО и дату рождения.");
        return null;
    }

    /// <summary>A cell's trimmed text, null when empty or beyond the row.</summary>
    public static string? Cell(string?[] cells, int i) => ImportCells.Cell(cells, i);
}
