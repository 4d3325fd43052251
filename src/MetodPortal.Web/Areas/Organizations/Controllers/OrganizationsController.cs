using FluentValidation;
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
public sealed class OrganizationsController(PortalDbContext db, IAuthorizationService authorization, IValidator<OrganizationForm> validator) : Controller
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
        var canEdit = (await authorization.AuthorizeAsync(User, organization, Operations.Update)).Succeeded;
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

        var form = new OrganizationForm { MunicipalityId = municipalityId ?? User.Scope().MunicipalityId, Type = OrganizationType.School, CountsInIndicators = true };
        return await FormView(form, null, ct);
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageOrganizations)]
    public async Task<IActionResult> Create(OrganizationForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var scope = User.Scope();
        var municipality = form.MunicipalityId is { } mid ? await db.Municipalities.FirstOrDefaultAsync(m => m.Id == mid, ct) : null;
        var regionId = municipality?.RegionId ?? scope.RegionId;
        if (municipality is null && (scope.MunicipalityId is not null || regionId is null))
        {
            ModelState.AddModelError(nameof(form.MunicipalityId), "Выберите муниципальное образование: региональные организации добавляет специалист министерства.");
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, null, ct);
        }

        var organization = db.AddOrganization(new Organization
        {
            RegionId = regionId!.Value,
            MunicipalityId = municipality?.Id,
            Level = OrganizationRules.LevelOf(form.Type!.Value, municipality is not null)!.Value,
        });
        Apply(form, organization, mayManage: true);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Организация «{organization.DisplayName}» добавлена.");
        return RedirectToAction(nameof(Details), new { id = organization.Id });
    }

    // Editing is checked on the organization itself (EditOrganization's roles and the scope), so another scope's id answers 404.
    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.Municipality).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, organization, Operations.Update)).Succeeded)
        {
            return Forbid();
        }

        return await FormView(OrganizationForm.From(organization), organization, ct);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, OrganizationForm form, CancellationToken ct)
    {
        var organization = await db.Organizations.Include(o => o.Municipality).FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        if (!(await authorization.AuthorizeAsync(User, organization, Operations.Update)).Succeeded)
        {
            return Forbid();
        }

        // The municipality is fixed once created (moving would re-root the subtree); what is posted for it is ignored.
        form.MunicipalityId = organization.MunicipalityId;
        var mayManage = MayManage();
        if (!mayManage)
        {
            form.Type = organization.Type;
        }

        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return await FormView(form, organization, ct);
        }

        Apply(form, organization, mayManage);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>The type and whether the organization counts in indicators are set by coordinators and the ministry only.</summary>
    private bool MayManage() => User.Allows(Policies.ManageOrganizations);

    private static void Apply(OrganizationForm form, Organization organization, bool mayManage)
    {
        organization.Name = form.Name.Trim();
        organization.ShortName = FormText.OrNull(form.ShortName);
        organization.Inn = FormText.OrNull(form.Inn);
        organization.Address = FormText.OrNull(form.Address);
        if (mayManage)
        {
            organization.Type = form.Type!.Value;
            organization.Level = OrganizationRules.LevelOf(organization.Type, organization.MunicipalityId is not null)!.Value;
            organization.CountsInIndicators = form.CountsInIndicators;
        }
    }

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
