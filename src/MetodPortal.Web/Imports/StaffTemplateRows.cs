using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Imports;

/// <summary>
/// The shared part of the imports about an organization's staff (diagnostic results, ДПП completions): the template
/// starts with the columns that name a person, and each row finds its employee — by personnel number, else by full
/// name and birth date among the organization's staff.
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

    /// <summary>How a file whose first row is not the template is refused: the template's headers, in order, and where to get it.</summary>
    public static string HeadersRefusal(IEnumerable<XlsxColumn> columns, string template, string download) =>
        $"Первая строка должна содержать заголовки шаблона {template} по порядку: {string.Join(", ", columns.Select(c => c.Header))}. {download}";

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
                var notFound = RussianGender.Agree(RussianGender.IsFeminine(last, cell(3)), "не найдена", "не найден");
                error(StaffSheet.LastName, $"{last} {first} {cell(3)} ({Display.Date(birth)}) {notFound} среди сотрудников организации.");
            }

            return job;
        }

        error(PersonnelNumber, "Укажите табельный номер или ФИО и дату рождения.");
        return null;
    }
}
