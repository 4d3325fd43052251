using MetodPortal.Data;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.Controllers;

[Area("Organizations")]
[Route("municipalities")]
[Authorize(Policies.ReadOrganizations)]
public sealed class MunicipalitiesController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken ct)
    {
        var query = db.Municipalities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Contains(q);
            query = query.Where(m => EF.Functions.ILike(RussianText.Folded(m.Name), pattern, Like.Escape)
                || (m.AdministrativeCentre != null && EF.Functions.ILike(RussianText.Folded(m.AdministrativeCentre), pattern, Like.Escape)));
        }

        // Counts go through the organization filter too: a user counts only what they may see.
        var rows = await query.OrderBy(m => m.Name)
            .Select(m => new MunicipalityRow(m.Id, m.Name, m.Kind, m.AdministrativeCentre, db.Organizations.Count(o => o.MunicipalityId == m.Id)))
            .ToListAsync(ct);
        var region = await db.Regions.AsNoTracking().Where(r => r.Id == User.Scope().RegionId).Select(r => r.Name).FirstOrDefaultAsync(ct);
        return View(new MunicipalityListModel(q, rows, region));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, [FromQuery] OrganizationFilter filter, CancellationToken ct)
    {
        var municipality = await db.Municipalities.AsNoTracking().Include(m => m.Region).FirstOrDefaultAsync(m => m.Id == id, ct);
        if (municipality is null)
        {
            return NotFound();
        }

        filter.MunicipalityId = id;
        return View(new MunicipalityCardModel(municipality, filter, await ListOrganizations.RunAsync(db, filter, ct)));
    }
}

public sealed record MunicipalityRow(int Id, string Name, string Kind, string? Centre, int Organizations);

public sealed record MunicipalityListModel(string? Q, IReadOnlyList<MunicipalityRow> Rows, string? Region);

public sealed record MunicipalityCardModel(Domain.Organizations.Municipality Municipality, OrganizationFilter Filter, Page<OrganizationRow> Page);
