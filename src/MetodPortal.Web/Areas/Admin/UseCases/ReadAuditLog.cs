using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Data.Scoping;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.UseCases;

public sealed class AuditFilter
{
    /// <summary>Who acted: part of their name or e-mail.</summary>
    public string? User { get; set; }

    /// <summary>The record's type (as the log stores it) and, with it, its number.</summary>
    public string? Entity { get; set; }
    public string? EntityId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}

/// <summary>The change log of the user's region (all of it for the system administrator), newest first, by person, record and period.</summary>
public static class ReadAuditLog
{
    public const int PageSize = 50;

    /// <summary>The most rows one download holds; a longer log is narrowed by period first.</summary>
    public const int MaxExport = 100_000;

    public static async Task<Page<AuditLine>> PageAsync(PortalDbContext db, DataScope scope, AuditFilter filter, CancellationToken ct) =>
        await AuditLines.ReadAsync(db, await Query(db, scope, filter).ToPageAsync(filter.Page, ct, PageSize), ct);

    /// <summary>The record types present in the log, by their Russian names.</summary>
    public static async Task<IReadOnlyList<(string Type, string Name)>> TypesAsync(PortalDbContext db, DataScope scope, CancellationToken ct) =>
        [.. (await InScope(db, scope).Select(a => a.EntityType).Distinct().ToListAsync(ct))
            .Select(t => (t, AuditNames.OfType(t) ?? t)).OrderBy(t => t.Item2, StringComparer.Create(Display.Russian, false))];

    public static async Task<XlsxSheet> SheetAsync(PortalDbContext db, DataScope scope, AuditFilter filter, CancellationToken ct)
    {
        var entries = await Query(db, scope, filter).Take(MaxExport).ToListAsync(ct);
        var lines = await AuditLines.ReadAsync(db, new Page<AuditEntry>(entries, 1, entries.Count, entries.Count), ct);
        return new XlsxSheet("Журнал изменений", Columns, lines.Items.SelectMany(l => l.Changes.DefaultIfEmpty(new AuditChange("", "", ""))
            .Select(c => (IReadOnlyList<object?>)[Display.DateTime(l.At), l.Who, l.Login, l.Action, l.Record, c.Field, c.Before, c.After])));
    }

    private static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Время (Хабаровск)", Width: 18), new("Кто", Width: 30), new("Логин", Width: 26), new("Действие", Width: 14), new("Запись", Width: 34),
        new("Поле", Width: 34), new("Было", Width: 34), new("Стало", Width: 34),
    ];

    private static IQueryable<AuditEntry> InScope(PortalDbContext db, DataScope scope) =>
        scope.IsGlobal ? db.AuditEntries.AsNoTracking() : db.AuditEntries.AsNoTracking().Where(a => a.RegionId == scope.RegionId);

    private static IQueryable<AuditEntry> Query(PortalDbContext db, DataScope scope, AuditFilter filter)
    {
        var query = InScope(db, scope);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var pattern = Like.Contains(filter.User);
            query = query.Where(a => (a.UserName != null && EF.Functions.ILike(RussianText.Folded(a.UserName), pattern, Like.Escape))
                || db.Users.Any(u => u.Id == a.UserId && EF.Functions.ILike(RussianText.Folded(u.FullName), pattern, Like.Escape)));
        }

        if (!string.IsNullOrEmpty(filter.Entity))
        {
            query = query.Where(a => a.EntityType == filter.Entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        return query.Within(filter.From, filter.To).OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }
}
