using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Imports;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>One mentor and the mentees ticked in the organization's staff list, paired in one form and period.</summary>
public sealed class PairsForm
{
    public MentoringForm? Kind { get; set; }
    public int? MentorId { get; set; }
    public List<int> MenteeIds { get; set; } = [];
    public string? CompetenceFocus { get; set; }
    public DateOnly? PeriodFrom { get; set; }
    public DateOnly? PeriodTo { get; set; }

    public PairForm For(int menteeId, MentoringProgram program) => new()
    {
        Kind = Kind, MentorId = MentorId, MenteeId = menteeId, CompetenceFocus = CompetenceFocus, PeriodFrom = PeriodFrom, PeriodTo = PeriodTo,
        Context = (program, null),
    };
}

/// <summary>
/// Many pairs of a programme at once — a mentor with the mentees ticked in the staff list, or pairs listed in an Excel file —
/// each by the rules of <see cref="PairValidator"/>; all or nothing (<see cref="BulkEntry{TForm}"/>).
/// </summary>
public sealed class FormPairs(PortalDbContext db, IValidator<PairForm> validator)
{
    public const string Mentor = "Наставник";
    public const string Mentee = "Наставляемый";
    public const string Kind = "Форма наставничества";
    public const string From = "Дата начала";
    public const string To = "Дата окончания";
    public const string Focus = "Направление";

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        .. PersonColumns(Mentor), .. PersonColumns(Mentee), new(Kind, Width: 30), new(From, XlsxKind.Date, 14), new(To, XlsxKind.Date, 14),
        new(Focus, Width: 36),
    ];

    /// <summary>The ticked mentees with the mentor; null when the programme is not in the user's scope.</summary>
    public async Task<ImportResult?> HandleAsync(int programId, PairsForm form, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.FirstOrDefaultAsync(p => p.Id == programId, ct);
        return program is null ? null
            : await Entry(program, p => p).AddAsync(db, [.. form.MenteeIds.Select((m, i) => new SheetRow<PairForm>(i + 1, form.For(m, program)))], ct);
    }

    /// <summary>The pairs an Excel file lists among the programme organization's staff; null when the programme is not in the user's scope.</summary>
    public async Task<ImportResult?> RunAsync(int programId, Stream file, IProgress<WorkStep>? progress, CancellationToken ct)
    {
        var program = await db.MentoringPrograms.FirstOrDefaultAsync(p => p.Id == programId, ct);
        if (program is null)
        {
            return null;
        }

        var sheet = new StaffFormSheet<PairForm>(db, program.OrganizationId, Columns, "наставнических пар", (cells, staff) => Read(cells, staff, program),
            Entry(program, ColumnOf));
        return await SheetImport.RunAsync(file, sheet, progress, ct);
    }

    private static IEnumerable<XlsxColumn> PersonColumns(string who) => StaffTemplateRows.PersonColumns.Select(c => c with { Header = $"{who}: {c.Header}" });

    private BulkEntry<PairForm> Entry(MentoringProgram program, Func<string, string> column) =>
        new(validator, column, f => (f.MentorId, f.MenteeId), (f, _) =>
        {
            FormPair.Add(db, program, f);
            return Task.CompletedTask;
        });

    private static string ColumnOf(string property) => property switch
    {
        nameof(PairForm.Kind) => Kind,
        nameof(PairForm.MentorId) => $"{Mentor}: {Staff.UseCases.StaffSheet.LastName}",
        nameof(PairForm.PeriodFrom) => From,
        nameof(PairForm.PeriodTo) => To,
        nameof(PairForm.CompetenceFocus) => Focus,
        _ => $"{Mentee}: {Staff.UseCases.StaffSheet.LastName}",
    };

    private static PairForm? Read(SheetCells cells, StaffTemplateRows staff, MentoringProgram program)
    {
        var mentor = staff.Find(i => cells[i], (column, message) => cells.Error($"{Mentor}: {column}", message));
        var mentee = staff.Find(i => cells[5 + i], (column, message) => cells.Error($"{Mentee}: {column}", message));
        var kind = cells[10] is null ? MentoringForm.TeacherToYoungSpecialist : ImportCells.ParseName<MentoringForm>(cells[10]);
        if (kind is null)
        {
            cells.Error(Kind, $"Форма «{cells[10]}» не подходит: укажите {ImportCells.Names<MentoringForm>()}.");
        }

        var (from, to) = (cells.Date(11, From), cells.Date(12, To));
        return mentor is null || mentee is null || kind is null || from is null || to is null ? null
            : new PairForm
            {
                Kind = kind, MentorId = mentor.EducatorId, MenteeId = mentee.EducatorId, PeriodFrom = from, PeriodTo = to, CompetenceFocus = cells[13],
                Context = (program, null),
            };
    }
}
