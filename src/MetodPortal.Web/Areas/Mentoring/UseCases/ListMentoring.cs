using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class MentoringFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>Programmes active at some point of this year.</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;
}

public sealed class PairFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public MentoringForm? Form { get; set; }
    public PairStatus? Status { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ProgramRow(int Id, string Title, string Organization, string? Municipality, DateOnly PeriodFrom, DateOnly PeriodTo,
    string? OrderNumber, DateOnly? OrderDate,
    int ActivePairs, int Pairs);

public sealed record PairRow(int Id, int ProgramId, string Organization, int MentorId, string Mentor, string Mentee, DateOnly? MenteeBirthDate,
    DateOnly? MenteeStart, MentoringForm Form,
    DateOnly PeriodFrom, DateOnly PeriodTo, PairStatus Status);

/// <summary>The mentoring lists: programmes and pairs in the user's scope (the filters do the scoping), searched and paged.</summary>
public static class ListMentoring
{
    public static Task<Page<ProgramRow>> ProgramsAsync(PortalDbContext db, MentoringFilter filter, CancellationToken ct) =>
        Programs(db, filter).Select(p => new ProgramRow(p.Id, p.Title, p.Organization!.ShortName ?? p.Organization.Name, p.Organization.Municipality!.Name,
                p.PeriodFrom, p.PeriodTo, p.OrderNumber, p.OrderDate, p.Pairs.Count(x => x.Status == PairStatus.Active), p.Pairs.Count))
            .ToPageAsync(filter.Page, ct);

    public static async Task<Page<PairRow>> PairsAsync(PortalDbContext db, PairFilter filter, DateOnly today, CancellationToken ct)
    {
        var page = await PairRows(db, Pairs(db, filter)).ToPageAsync(filter.Page, ct);
        var mentors = await MunicipalMentors.OfPairsAsync(db, page.Items.Select(r => r.MentorId), ct);
        return page with { Items = [.. page.Items.Select(r => r with { Mentor = PairMentor.NameOf(mentors, r.MentorId) })] };
    }

    /// <summary>The programmes of the filter in Excel, and on a second sheet their pairs.</summary>
    public static async Task<IReadOnlyList<XlsxSheet>> ProgramSheetsAsync(PortalDbContext db, MentoringFilter filter, CancellationToken ct)
    {
        var programs = Programs(db, filter);
        var pairs = db.MentoringPairs.AsNoTracking().Where(p => programs.Any(x => x.Id == p.ProgramId));
        var mentors = await MunicipalMentors.OfPairsAsync(db, await pairs.Select(p => p.MentorId).Distinct().ToListAsync(ct), ct);
        var rows = programs.Select(p => new
        {
            p.Id, p.Title, Organization = p.Organization!.ShortName ?? p.Organization.Name, Municipality = p.Organization.Municipality!.Name,
            p.PeriodFrom, p.PeriodTo, p.OrderNumber, p.OrderDate, Pairs = p.Pairs.Count, Active = p.Pairs.Count(x => x.Status == PairStatus.Active),
        });
        var programSheet = new XlsxSheet("Программы", ProgramColumns, rows.AsEnumerable().Select(p => (IReadOnlyList<object?>)
            [p.Title, p.Organization, p.Municipality, p.PeriodFrom, p.PeriodTo, p.OrderNumber, p.OrderDate, p.Pairs, p.Active, p.Id]));
        return [programSheet, PairSheet(PairRows(db, pairs), mentors)];
    }

    /// <summary>The pairs of the filter in Excel.</summary>
    public static async Task<IReadOnlyList<XlsxSheet>> PairSheetsAsync(PortalDbContext db, PairFilter filter, CancellationToken ct)
    {
        var pairs = Pairs(db, filter);
        return [PairSheet(PairRows(db, pairs), await MunicipalMentors.OfPairsAsync(db, await pairs.Select(p => p.MentorId).Distinct().ToListAsync(ct), ct))];
    }

    private static XlsxSheet PairSheet(IQueryable<PairRow> rows, IReadOnlyDictionary<int, PairMentor> mentors) =>
        new("Пары", PairColumns, rows.AsEnumerable().Select(p => (IReadOnlyList<object?>)
            [PairMentor.NameOf(mentors, p.MentorId), p.Mentee, p.Form.Name(), p.Organization, p.PeriodFrom, p.PeriodTo, p.Status.Name(), p.Id]));

    private static readonly IReadOnlyList<XlsxColumn> ProgramColumns =
    [
        new("Программа", Width: 50), new("Организация", Width: 34), new("Муниципалитет", Width: 24), new("Начало", XlsxKind.Date, 12),
        new("Окончание", XlsxKind.Date, 12), new("Приказ №", Width: 12), new("Дата приказа", XlsxKind.Date, 12), new("Пар", XlsxKind.Integer, 8),
        new("Действующих пар", XlsxKind.Integer, 12), new("№ программы", XlsxKind.Integer, 12),
    ];

    private static readonly IReadOnlyList<XlsxColumn> PairColumns =
    [
        new("Наставник", Width: 34), new("Наставляемый", Width: 34), new("Форма", Width: 26), new("Организация", Width: 34),
        new("Начало", XlsxKind.Date, 12), new("Окончание", XlsxKind.Date, 12), new("Статус", Width: 14), new("№ пары", XlsxKind.Integer, 9),
    ];

    private static IQueryable<MentoringProgram> Programs(PortalDbContext db, MentoringFilter filter)
    {
        var query = db.MentoringPrograms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => EF.Functions.ILike(RussianText.Folded(p.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(p.Organization!.Name), pattern, Like.Escape));
        }

        if (filter.OrganizationId is { } orgId)
        {
            query = query.Where(p => p.OrganizationId == orgId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(p => p.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.PeriodFrom <= new DateOnly(year, 12, 31) && p.PeriodTo >= new DateOnly(year, 1, 1));
        }

        return query.OrderBy(p => p.Organization!.Name).ThenByDescending(p => p.PeriodFrom).ThenBy(p => p.Id);
    }

    private static IQueryable<MentoringPair> Pairs(PortalDbContext db, PairFilter filter)
    {
        var query = db.MentoringPairs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => db.Educators.Any(e => e.Id == p.MentorId && EF.Functions.ILike(RussianText.Folded(e.LastName), pattern, Like.Escape))
                || (p.Mentee != null && EF.Functions.ILike(RussianText.Folded(p.Mentee.LastName), pattern, Like.Escape))
                || (p.StudentName != null && EF.Functions.ILike(RussianText.Folded(p.StudentName), pattern, Like.Escape)));
        }

        if (filter.OrganizationId is { } orgId)
        {
            query = query.Where(p => p.OrganizationId == orgId);
        }

        if (filter.Form is { } form)
        {
            query = query.Where(p => p.Form == form);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        return query;
    }

    /// <summary>
    /// Pairs in the list's order, the mentor's name left to <see cref="MunicipalMentors.OfPairsAsync"/>: the mentor is read by id, not through
    /// the navigation, because a mentor for the municipality from another school is out of scope.
    /// </summary>
    private static IQueryable<PairRow> PairRows(PortalDbContext db, IQueryable<MentoringPair> pairs) =>
        pairs.OrderBy(p => p.Status).ThenBy(p => db.Educators.Where(e => e.Id == p.MentorId).Select(e => e.LastName).FirstOrDefault())
            .ThenBy(p => p.PeriodFrom).ThenBy(p => p.Id)
            .Select(p => new PairRow(p.Id, p.ProgramId, p.Program!.Organization!.ShortName ?? p.Program.Organization.Name, p.MentorId, "",
                p.Mentee != null ? p.Mentee.FullName : p.StudentName + " (студент)",
                p.Mentee != null ? p.Mentee.BirthDate : null, p.Mentee != null ? p.Mentee.ProfessionStartDate : null,
                p.Form, p.PeriodFrom, p.PeriodTo, p.Status));
}
