using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.Controllers;

/// <summary>The change log: the system administrator sees all of it, ministry staff their own region's.</summary>
[Area("Admin")]
[Route("admin/audit")]
[Authorize(Policies.ReadAudit)]
public sealed class AuditController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken ct)
    {
        var scope = User.Scope();
        var query = db.AuditEntries.AsNoTracking();
        if (!scope.IsGlobal)
        {
            query = query.Where(a => a.RegionId == scope.RegionId);
        }

        var entityTypes = await query.Select(a => a.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
        if (!string.IsNullOrWhiteSpace(filter.User))
        {
            var pattern = Like.Contains(filter.User);
            query = query.Where(a => a.UserName != null && EF.Functions.ILike(RussianText.Folded(a.UserName), pattern, Like.Escape));
        }

        if (!string.IsNullOrEmpty(filter.Entity))
        {
            query = query.Where(a => a.EntityType == filter.Entity);
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            query = query.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        // Dates are the region's calendar days: from the first one's midnight to the midnight after the last.
        if (filter.From is { } from)
        {
            var start = RegionDays.StartOf(from);
            query = query.Where(a => a.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = RegionDays.EndOf(to);
            query = query.Where(a => a.At < end);
        }

        var page = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToPageAsync(filter.Page, ct, size: 50);
        return View(new AuditListModel(filter, entityTypes, page));
    }
}

public sealed class AuditFilter
{
    public string? User { get; set; }
    public string? Entity { get; set; }
    public string? EntityId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record AuditListModel(AuditFilter Filter, IReadOnlyList<string> EntityTypes, Page<AuditEntry> Page);
