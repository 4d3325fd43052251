using MetodPortal.Data;
using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Admin.Controllers;

/// <summary>The change log: the system administrator sees all of it, ministry staff their own region's; paged, and to Excel with the same filter.</summary>
[Area("Admin")]
[Route("admin/audit")]
[Authorize(Policies.ReadAudit)]
public sealed class AuditController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] AuditFilter filter, CancellationToken ct) =>
        View(new AuditListModel(filter, await ReadAuditLog.TypesAsync(db, User.Scope(), ct), await ReadAuditLog.PageAsync(db, User.Scope(), filter, ct)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] AuditFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct) =>
        this.Xlsx("zhurnal-izmenenij.xlsx", [await ReadAuditLog.SheetAsync(reads, User.Scope(), filter, ct)]);
}

public sealed record AuditListModel(AuditFilter Filter, IReadOnlyList<(string Type, string Name)> EntityTypes, Page<AuditLine> Page);
