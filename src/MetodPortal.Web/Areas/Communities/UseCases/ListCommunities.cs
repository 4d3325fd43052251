using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

public sealed class CommunityFilter
{
    public string? Q { get; set; }
    public CommunityKind? Kind { get; set; }
    public SupportLevel? Level { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>Communities working at some point of this year.</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record CommunityRow(int Id, string Title, CommunityKind Kind, SupportLevel Level, string Owner, string? Municipality, string? SubjectArea,
    DateOnly ActiveFrom, DateOnly? ActiveTo, int Members);

public static class ListCommunities
{
    public static async Task<Page<CommunityRow>> PageAsync(PortalDbContext db, CommunityFilter filter, DateOnly today, CancellationToken ct)
    {
        var page = await Rows(Query(db, filter), today).ToPageAsync(filter.Page, ct);
        return page.With(await NamedAsync(db, page.Items, ct));
    }

    /// <summary>The communities of the filter in Excel, and on a second sheet their current members the user can see.</summary>
    public static async Task<IReadOnlyList<XlsxSheet>> SheetsAsync(PortalDbContext db, CommunityFilter filter, DateOnly today, CancellationToken ct)
    {
        var communities = Query(db, filter);
        var rows = await NamedAsync(db, await Rows(communities, today).ToListAsync(ct), ct);
        var members = db.CommunityMemberships.AsNoTracking().Where(m => communities.Any(c => c.Id == m.CommunityId) && (m.To == null || m.To >= today))
            .OrderBy(m => m.Community!.Level).ThenBy(m => m.Community!.Title).ThenBy(m => m.CommunityId).ThenBy(m => m.Role)
            .ThenBy(m => m.Educator!.LastName).ThenBy(m => m.Educator!.FirstName).ThenBy(m => m.Id)
            .Select(m => new { m.Community!.Title, m.Educator!.FullName, Organization = m.Organization!.ShortName ?? m.Organization.Name, m.Role, m.From });
        return
        [
            new("Сообщества", CommunityColumns, rows.Select(c => (IReadOnlyList<object?>)
                [c.Title, c.Kind.Name(), c.Level.Name(), c.Owner, c.Municipality, c.SubjectArea, c.ActiveFrom, c.ActiveTo, c.Members, c.Id])),
            new("Участники", MemberColumns, members.AsEnumerable().Select(m => (IReadOnlyList<object?>)
                [m.Title, m.FullName, m.Organization, m.Role.Name(), m.From])),
        ];
    }

    private static readonly IReadOnlyList<XlsxColumn> CommunityColumns =
    [
        new("Сообщество", Width: 50), new("Вид", Width: 30), new("Уровень", Width: 16), new("Организация", Width: 34), new("Муниципалитет", Width: 24),
        new("Предметная область", Width: 26), new("Работает с", XlsxKind.Date, 12), new("Работало до", XlsxKind.Date, 12),
        new("Участников", XlsxKind.Integer, 11), new("№ сообщества", XlsxKind.Integer, 12),
    ];

    private static readonly IReadOnlyList<XlsxColumn> MemberColumns =
    [
        new("Сообщество", Width: 50), new("Участник", Width: 34), new("Организация", Width: 34), new("Роль", Width: 18), new("С", XlsxKind.Date, 12),
    ];

    private static IQueryable<Community> Query(PortalDbContext db, CommunityFilter filter)
    {
        var query = db.Communities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(c => EF.Functions.ILike(RussianText.Folded(c.Title), pattern, Like.Escape)
                || (c.SubjectArea != null && EF.Functions.ILike(RussianText.Folded(c.SubjectArea), pattern, Like.Escape)));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(c => c.Kind == kind);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(c => c.Level == level);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(c => c.MunicipalityId == municipalityId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(c => c.ActiveFrom <= new DateOnly(year, 12, 31) && (c.ActiveTo == null || c.ActiveTo >= new DateOnly(year, 1, 1)));
        }

        return query.OrderBy(c => c.Level).ThenBy(c => c.Title).ThenBy(c => c.Id);
    }

    /// <summary>Members counted are those the user can see (the membership filter applies inside the count too).</summary>
    private static IQueryable<Listed> Rows(IQueryable<Community> communities, DateOnly today) =>
        communities.Select(c => new Listed(c.Id, c.Title, c.Kind, c.Level, c.OrganizationId, c.MunicipalityId, c.SubjectArea, c.ActiveFrom, c.ActiveTo,
            c.Memberships.Count(m => m.To == null || m.To >= today)));

    /// <summary>The owner may be outside the user's scope (a community seen through a member): its name comes from PublicNames.</summary>
    private static async Task<List<CommunityRow>> NamedAsync(PortalDbContext db, IReadOnlyList<Listed> rows, CancellationToken ct)
    {
        var owners = await PublicNames.OrganizationsAsync(db, rows.Select(c => c.OrganizationId), ct);
        var municipalities = await PublicNames.MunicipalitiesAsync(db, ct);
        return [.. rows.Select(c => new CommunityRow(c.Id, c.Title, c.Kind, c.Level, owners.Of(c.OrganizationId),
            c.MunicipalityId is null ? null : municipalities.Of(c.MunicipalityId), c.SubjectArea, c.ActiveFrom, c.ActiveTo, c.Members))];
    }

    private sealed record Listed(int Id, string Title, CommunityKind Kind, SupportLevel Level, int OrganizationId, int? MunicipalityId, string? SubjectArea,
        DateOnly ActiveFrom, DateOnly? ActiveTo, int Members);
}
