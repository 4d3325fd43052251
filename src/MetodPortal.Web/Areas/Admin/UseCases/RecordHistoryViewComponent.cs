using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>
/// The «История» section of a card: the change-log lines of that one record, newest first. The card has already read the record through the
/// user's scope, so whoever reads the card reads its history; the whole log stays with those who read the audit.
/// </summary>
public sealed class RecordHistoryViewComponent(PortalDbContext db) : ViewComponent
{
    public const int Shown = 30;

    public async Task<IViewComponentResult> InvokeAsync(string type, int id)
    {
        var key = id.ToString(Display.Russian);
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == type && a.EntityId == key);
        if (db.CurrentUser.Scope.RegionId is { } region)
        {
            entries = entries.Where(a => a.RegionId == region);
        }

        var page = await entries.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).ToPageAsync(1, HttpContext.RequestAborted, Shown);
        return View(new RecordHistoryModel(type, key, await AuditLines.ReadAsync(db, page, HttpContext.RequestAborted),
            UserClaimsPrincipal.Allows(Policies.ReadAudit)));
    }
}

public sealed record RecordHistoryModel(string Type, string Id, Page<AuditLine> Lines, bool ReadsAudit);
