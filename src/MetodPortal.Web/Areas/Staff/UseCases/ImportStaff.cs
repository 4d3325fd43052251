using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using Microsoft.EntityFrameworkCore;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>
/// The staff import: every row is read and checked first, and only a file without a single error is written, in one
/// save. Rows match an employment by personnel number, else a person of the region by full name and birth date;
/// values equal to what is stored change nothing, so importing the same file twice is a no-op.
/// </summary>
public sealed class ImportStaff(PortalDbContext db, TimeProvider clock, ILogger<ImportStaff> logger)
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Rows per organization; a file across several organizations may hold this many for each (up to <see cref="MaxRowsPerFile"/>).</summary>
    public const int MaxRows = 20_000;
    public const int MaxRowsPerFile = 200_000;

    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    /// <param name="organizations">Where rows go: one organization, or (with the «Организация» column) any of these.</param>
    public Task<ImportResult> RunAsync(Stream file, IReadOnlyList<Organization> organizations, bool byOrganizationColumn,
        IProgress<WorkStep>? progress, CancellationToken ct) =>
        SheetImport.RunAsync(file, new Sheet(this, organizations, byOrganizationColumn, clock.Today()), progress, ct);

    /// <summary>The staff template's description: its columns (and «Организация» across several organizations), each row's checks, the writing.</summary>
    private sealed class Sheet(ImportStaff import, IReadOnlyList<Organization> organizations, bool byOrganizationColumn, DateOnly today)
        : SheetDescription<ImportRow>
    {
        public override IReadOnlyList<string> Headers { get; } = byOrganizationColumn
            ? [.. StaffSheet.Template.Select(c => c.Header), StaffSheet.Organization]
            : [.. StaffSheet.Template.Select(c => c.Header)];

        public override int MaxRows => byOrganizationColumn ? Math.Min(ImportStaff.MaxRows * organizations.Count, MaxRowsPerFile) : ImportStaff.MaxRows;

        public override string NoHeadersRefusal => "Файл пуст: в нём нет строки заголовков. Скачайте шаблон и заполните его.";

        public override string HeadersRefusal(IReadOnlyList<string> found) =>
            $"Первая строка должна содержать заголовки шаблона по порядку: {string.Join(", ", Headers)}. " +
            $"В файле: {string.Join(", ", found.Where(h => h.Length > 0).Take(Headers.Count + 2))}.";

        public override ImportRow? Read(SheetCells cells) => Parse(cells, organizations, byOrganizationColumn, today);

        public override IEnumerable<ImportError> CheckTogether(IReadOnlyList<SheetRow<ImportRow>> rows) => Duplicates([.. rows.Select(r => r.Value)]);

        public override Task<ImportResult> WriteAsync(IReadOnlyList<SheetRow<ImportRow>> rows, CancellationToken ct) =>
            import.ApplyAsync([.. rows.Select(r => r.Value)], organizations, ct);
    }

    private sealed record ImportRow(
        int Row, int OrganizationId, string LastName, string FirstName, string? MiddleName, DateOnly BirthDate, Position Position, bool IsHead,
        QualificationCategory Category, DateOnly? CategoryDate, DateOnly? ProfessionStart, string? PersonnelNumber, string? Email)
    {
        public string MatchKey { get; } = EducatorIdentity.MatchKey(LastName, FirstName, MiddleName, BirthDate);
    }

    private static ImportRow? Parse(SheetCells cells, IReadOnlyList<Organization> organizations, bool byOrganizationColumn, DateOnly today)
    {
        var row = cells.Row;
        var failed = false;
        string? Cell(int i) => cells[i];
        void Error(string column, string message)
        {
            cells.Error(column, message);
            failed = true;
        }

        string? Text(int i, string column, int max, bool required)
        {
            var value = Cell(i);
            if (value is null && required)
            {
                Error(column, "Обязательное поле не заполнено.");
            }
            else if (value is not null && value.Length > max)
            {
                Error(column, $"Не длиннее {max} символов.");
            }

            return value;
        }

        DateOnly? Date(int i, string column, bool required)
        {
            var value = Cell(i);
            if (value is null)
            {
                if (required)
                {
                    Error(column, "Обязательное поле не заполнено.");
                }

                return null;
            }

            var date = ImportCells.ParseDate(value);
            if (date is null)
            {
                Error(column, $"«{value}» — не дата. Введите дату Excel или текст в виде ДД.ММ.ГГГГ.");
            }

            return date;
        }

        var lastName = Text(0, StaffSheet.LastName, 100, required: true);
        var firstName = Text(1, StaffSheet.FirstName, 100, required: true);
        var middleName = Text(2, StaffSheet.MiddleName, 100, required: false);
        var birthDate = Date(3, StaffSheet.BirthDate, required: true);
        if (birthDate is { } b && StaffRules.BirthDateError(b, today) is { } birthError)
        {
            Error(StaffSheet.BirthDate, birthError);
        }

        var position = StaffCatalogs.ParsePosition(Cell(4));
        if (position is null)
        {
            Error(StaffSheet.Position, $"«{Cell(4)}» нет в справочнике должностей. Допустимые значения: {string.Join("; ", StaffCatalogs.PositionNames)}.");
        }

        bool? head = Cell(5)?.ToLower(Russian) switch
        {
            null or "нет" or "н" or "0" => false,
            "да" or "д" or "1" => true,
            _ => null,
        };
        if (head is null)
        {
            Error(StaffSheet.Head, $"«{Cell(5)}»: укажите «да» или «нет».");
        }

        var category = StaffCatalogs.ParseCategory(Cell(6));
        if (category is null)
        {
            Error(StaffSheet.Category, $"«{Cell(6)}» нет в справочнике категорий. Допустимые значения: {string.Join("; ", StaffCatalogs.CategoryNames)}.");
        }

        var categoryDate = Date(7, StaffSheet.CategoryDate, required: false);
        if (categoryDate > today)
        {
            Error(StaffSheet.CategoryDate, "Дата присвоения категории не может быть в будущем.");
        }

        var professionStart = Date(8, StaffSheet.ProfessionStart, required: false);
        if (professionStart is { } start && birthDate is { } birth && StaffRules.ProfessionStartError(start, birth, today) is { } startError)
        {
            Error(StaffSheet.ProfessionStart, startError);
        }

        var personnelNumber = Text(9, StaffSheet.PersonnelNumber, 50, required: false);
        var email = Text(10, StaffSheet.Email, 256, required: false);
        if (email is not null && (!email.Contains('@', StringComparison.Ordinal) || email.StartsWith('@') || email.EndsWith('@')))
        {
            Error(StaffSheet.Email, $"«{email}» — не адрес электронной почты.");
        }

        var organizationId = organizations.Count == 1 && !byOrganizationColumn ? organizations[0].Id : 0;
        if (byOrganizationColumn)
        {
            var name = Cell(11);
            var organization = name is null ? null
                : organizations.FirstOrDefault(o => o.Inn == name || string.Equals(o.ShortName, name, StringComparison.OrdinalIgnoreCase)
                    || string.Equals(o.Name, name, StringComparison.OrdinalIgnoreCase));
            if (organization is null)
            {
                Error(StaffSheet.Organization, name is null ? "Обязательное поле не заполнено."
                    : $"«{name}»: нет такой образовательной организации среди доступных вам (укажите ИНН или наименование).");
            }

            organizationId = organization?.Id ?? 0;
        }

        return failed
            ? null
            : new ImportRow(row, organizationId, lastName!, firstName!, middleName, birthDate!.Value, position!.Value, head!.Value, category!.Value,
                category == QualificationCategory.None ? null : categoryDate, professionStart, personnelNumber, email);
    }

    private static List<ImportError> Duplicates(List<ImportRow> rows)
    {
        var errors = new List<ImportError>();
        foreach (var group in rows.Where(r => r.PersonnelNumber is not null).GroupBy(r => (r.OrganizationId, r.PersonnelNumber)).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(r => new ImportError(r.Row, StaffSheet.PersonnelNumber,
                $"Табельный номер {r.PersonnelNumber} уже указан в строке {first}.")));
        }

        foreach (var group in rows.GroupBy(r => (r.OrganizationId, r.MatchKey)).Where(g => g.Count() > 1))
        {
            var first = group.First().Row;
            errors.AddRange(group.Skip(1).Select(r => new ImportError(r.Row, StaffSheet.LastName,
                $"Этот сотрудник (ФИО и дата рождения) уже есть в строке {first}.")));
        }

        return errors;
    }

    private async Task<ImportResult> ApplyAsync(List<ImportRow> rows, IReadOnlyList<Organization> organizations, CancellationToken ct)
    {
        var regionId = organizations[0].RegionId;
        var organizationIds = rows.Select(r => r.OrganizationId).Distinct().ToList();

        // Employments of the target organizations are in scope; people are looked up in the whole region, because the
        // same person may already work at an organization this user cannot see (listed in docs/architecture.md).
        var employments = await db.Employments.Where(e => organizationIds.Contains(e.OrganizationId)).ToListAsync(ct);
        var keys = rows.Select(r => r.MatchKey).Distinct().ToList();
        var educators = await RegionRegistry.Educators(db, regionId)
            .Where(e => (keys.Contains(e.MatchKey) || db.Employments.Any(x => x.EducatorId == e.Id && organizationIds.Contains(x.OrganizationId))))
            .Include(e => e.Employments)
            .ToDictionaryAsync(e => e.Id, ct);
        var byKey = educators.Values.ToDictionary(e => e.MatchKey);
        var byNumber = employments.Where(e => e.PersonnelNumber is not null).ToDictionary(e => (e.OrganizationId, e.PersonnelNumber!));

        var errors = new List<ImportError>();
        int added = 0, updated = 0, unchanged = 0, matched = 0;
        foreach (var row in rows)
        {
            var job = row.PersonnelNumber is not null ? byNumber.GetValueOrDefault((row.OrganizationId, row.PersonnelNumber)) : null;
            var person = job is not null ? educators[job.EducatorId] : byKey.GetValueOrDefault(row.MatchKey);
            if (job is not null && person!.MatchKey != row.MatchKey && byKey.TryGetValue(row.MatchKey, out var other) && other.Id != person.Id)
            {
                errors.Add(new ImportError(row.Row, StaffSheet.PersonnelNumber,
                    $"Табельный номер {row.PersonnelNumber} уже принадлежит сотруднику {person.FullName}."));
                continue;
            }

            var isNew = person is null;
            if (person is null)
            {
                person = new Educator { RegionId = regionId };
                db.Educators.Add(person);
            }

            job ??= person.Employments.FirstOrDefault(e => e.OrganizationId == row.OrganizationId
                && (e.EndDate is null || e.PersonnelNumber == row.PersonnelNumber));
            var newJob = job is null;
            if (job is null)
            {
                job = new Employment
                {
                    RegionId = regionId, OrganizationId = row.OrganizationId, EducatorId = person.Id, Position = row.Position,
                    IsMain = !person.Employments.Any(e => e.IsMain && e.EndDate is null),
                };
                db.Employments.Add(job);
                person.Employments.Add(job);
            }

            var changed = Apply(row, person, job);
            byKey[person.MatchKey] = person;
            educators[person.Id] = person;
            if (job.PersonnelNumber is not null)
            {
                byNumber[(job.OrganizationId, job.PersonnelNumber)] = job;
            }

            if (isNew || newJob)
            {
                added++;
                matched += isNew ? 0 : 1;
            }
            else if (changed)
            {
                updated++;
            }
            else
            {
                unchanged++;
            }
        }

        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return ImportResult.Refused(errors);
        }

        await db.SaveChangesAsync(ct);
        logger.LogInformation("Imported {Rows} staff rows into {Organizations} organizations: {Added} added, {Updated} updated, {Unchanged} unchanged",
            rows.Count, organizationIds.Count, added, updated, unchanged);
        return new ImportResult([], added, updated, unchanged, matched);
    }

    /// <summary>Copies a row onto the person and the employment; true when any stored value changed.</summary>
    private static bool Apply(ImportRow row, Educator person, Employment job)
    {
        var changed = false;
        void Set<T>(T current, T value, Action<T> assign)
        {
            if (!EqualityComparer<T>.Default.Equals(current, value))
            {
                assign(value);
                changed = true;
            }
        }

        Set(person.LastName, row.LastName, v => person.LastName = v);
        Set(person.FirstName, row.FirstName, v => person.FirstName = v);
        Set(person.MiddleName, row.MiddleName, v => person.MiddleName = v);
        Set(person.BirthDate, row.BirthDate, v => person.BirthDate = v);
        Set(person.MatchKey, row.MatchKey, v => person.MatchKey = v);
        Set(person.Category, row.Category, v => person.Category = v);
        Set(person.CategoryDate, row.CategoryDate, v => person.CategoryDate = v);
        Set(person.ProfessionStartDate, row.ProfessionStart, v => person.ProfessionStartDate = v);
        Set(person.Email, row.Email ?? person.Email, v => person.Email = v);
        Set(job.Position, row.Position, v => job.Position = v);
        Set(job.PersonnelNumber, row.PersonnelNumber ?? job.PersonnelNumber, v => job.PersonnelNumber = v);
        if (job.IsMain || person.Employments.Count == 1)
        {
            // The person's own position and head flag follow their main place of work.
            Set(person.Position, row.Position, v => person.Position = v);
            Set(person.IsHead, row.IsHead, v => person.IsHead = v);
            Set(person.IsDeputy, row.Position == Position.DeputyHead, v => person.IsDeputy = v);
        }

        return changed;
    }
}
