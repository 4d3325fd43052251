using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.Controllers;

/// <summary>
/// Who looked at whose personal data (fixed interface: GET /admin/access-log with educatorId, userId, from, to): the
/// system administrator reads all of it, ministry staff their own region's; paged, and to Excel with the same filter.
/// </summary>
[Area("Admin")]
[Route("admin/access-log")]
[Authorize(Policies.ReadAudit)]
public sealed class AccessLogController(PortalDbContext db) : Controller
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Время (Хабаровск)", Width: 18), new("Пользователь", Width: 28), new("Что просмотрено", Width: 26), new("Чьи данные", Width: 32),
        new("Запись или список с фильтром", Width: 50), new("Адрес", Width: 16),
    ];

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AccessLogFilter filter, CancellationToken ct)
    {
        var page = await Query(filter).ToPageAsync(filter.Page, ct, size: 50);
        var names = await NamesAsync(page.Items.Select(a => a.EducatorId).Append(filter.EducatorId), ct);
        return View(new AccessLogModel(filter, page, names));
    }

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AccessLogFilter filter, CancellationToken ct)
    {
        var rows = await Query(filter).Take(100_000).ToListAsync(ct);
        var names = await NamesAsync(rows.Select(a => a.EducatorId), ct);
        return this.Xlsx("zhurnal-dostupa.xlsx", "Журнал доступа", Columns, rows.Select(a => (IReadOnlyList<object?>)
            [Display.DateTime(a.At), a.UserName ?? "система", a.Kind.Name(), a.EducatorId is { } e ? names.GetValueOrDefault(e, $"№ {e}")
                : "список", a.Subject, a.Address]));
    }

    /// <summary>The filtered log in the user's region, newest first.</summary>
    private IQueryable<AccessRecord> Query(AccessLogFilter filter)
    {
        var scope = User.Scope();
        var query = db.AccessRecords.AsNoTracking();
        if (!scope.IsGlobal)
        {
            query = query.Where(a => a.RegionId == scope.RegionId);
        }

        if (filter.EducatorId is { } educator)
        {
            query = query.Where(a => a.EducatorId == educator);
        }

        if (filter.UserId is { } user)
        {
            query = query.Where(a => a.UserId == user);
        }

        return query.Within(filter.From, filter.To).OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    /// <summary>The names of the people in the log, read through the scope filter: a name outside the reader's scope shows as a number.</summary>
    private async Task<Dictionary<int, string>> NamesAsync(IEnumerable<int?> ids, CancellationToken ct)
    {
        var wanted = ids.OfType<int>().Distinct().ToList();
        return await db.Educators.AsNoTracking().Where(e => wanted.Contains(e.Id))
            .Select(e => new { e.Id, e.LastName, e.FirstName, e.MiddleName }).ToDictionaryAsync(e => e.Id,
                e => $"{e.LastName} {e.FirstName} {e.MiddleName}".Trim(), ct);
    }
}

public sealed class AccessLogFilter
{
    public int? EducatorId { get; set; }
    public int? UserId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AccessLogModel(AccessLogFilter Filter, Page<AccessRecord> Page, IReadOnlyDictionary<int, string> Names);
