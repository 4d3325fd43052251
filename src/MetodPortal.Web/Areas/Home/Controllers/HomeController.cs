using MetodPortal.Data;
using MetodPortal.Web.Areas.Home.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Home.Controllers;

[Area("Home")]
public sealed class HomeController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/")]
    public async Task<IActionResult> Index(CancellationToken ct)
    {
        // Everything here is read through the scope filters: each user counts only what they may see.
        var model = new HomeModel(
            await db.Municipalities.CountAsync(ct),
            await db.Organizations.CountAsync(ct),
            await db.Organizations.CountAsync(o => o.CountsInIndicators, ct),
            await db.OrganizationStatuses.CountAsync(ct),
            await db.Organizations.AsNoTracking().Where(o => o.Id == User.OrganizationIdOf()).Select(o => o.Name).FirstOrDefaultAsync(ct),
            await Attention.ForAsync(db, User, clock.GetUtcNow(), clock.Today(), ct),
            clock.Today());
        return View(model);
    }
}

public sealed record HomeModel(int Municipalities, int Organizations, int CountedOrganizations, int Statuses, string? OwnOrganization, Attention Attention,
    DateOnly Today);
