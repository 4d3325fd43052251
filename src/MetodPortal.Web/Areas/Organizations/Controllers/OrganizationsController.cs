using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.Controllers;

[Area("Organizations")]
[Route("organizations")]
[Authorize(Policies.ReadOrganizations)]
public sealed class OrganizationsController(PortalDbContext db, RecordAccess access) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] OrganizationFilter filter, CancellationToken ct)
    {
        ViewBag.Municipalities = await MunicipalityOptionsAsync(filter.MunicipalityId, ct);
        return View(new OrganizationListModel(filter, await ListOrganizations.RunAsync(db, filter, ct)));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var organization = await db.Organizations.AsNoTracking()
            .Include(o => o.Municipality).Include(o => o.Parent).Include(o => o.Statuses)
            .FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        var children = await db.Organizations.AsNoTracking().Where(o => o.ParentId == id).OrderBy(o => o.Name).ToListAsync(ct);
        var canEdit = await access.MayAsync(organization, Operations.Update);
        return View(new OrganizationCardModel(organization, children, canEdit));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageOrganizations)]
    public async Task<IActionResult> Create(int? municipalityId, CancellationToken ct)
    {
        if (!await Workplaces.MayNameAsync(db, null, municipalityId, ct))
        {
            return NotFound();
        }

        var form = new OrganizationForm { MunicipalityId = municipalityId ?? User.Scope().MunicipalityId, Type = OrganizationType.School,
            CountsInIndicators = true };
        return await FormView(form, null, ct);
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageOrganizations)]
    public async Task<IActionResult> Create(OrganizationForm form, [FromServices] AddOrganization add, CancellationToken ct) =>
        await this.AnswerAsync(await add.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    // Editing is checked on the organization itself (EditOrganization's roles and the scope), so another scope's id answers 404.
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.Municipality).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        if (!await access.MayAsync(organization, Operations.Update))
        {
            return Forbid();
        }

        return await FormView(OrganizationForm.From(organization), organization, ct);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, OrganizationForm form, [FromServices] ReviseOrganization revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.Organizations.AsNoTracking().Include(o => o.Municipality).FirstAsync(o => o.Id == id, ct), ct),
            _ => Task.FromResult<IActionResult>(Forbid()));

    /// <summary>The type and whether the organization counts in indicators are set by coordinators and the ministry only.</summary>
    private bool MayManage() => User.Allows(Policies.ManageOrganizations);

    private async Task<IActionResult> FormView(OrganizationForm form, Organization? existing, CancellationToken ct)
    {
        ViewBag.Municipalities = await MunicipalityOptionsAsync(form.MunicipalityId, ct);
        return View("Form", new OrganizationFormModel(form, existing, MayManage(), User.Scope().MunicipalityId is null));
    }

    private async Task<List<SelectListItem>> MunicipalityOptionsAsync(int? selected, CancellationToken ct) =>
        await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Id == selected))
            .ToListAsync(ct);
}

public sealed record OrganizationListModel(OrganizationFilter Filter, Page<OrganizationRow> Page);

public sealed record OrganizationCardModel(Organization Organization, IReadOnlyList<Organization> Children, bool CanEdit);

public sealed record OrganizationFormModel(OrganizationForm Form, Organization? Existing, bool MayManage, bool MayChooseRegional);
