using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Organizations.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.Controllers;

/// <summary>The registries of municipal and regional innovation sites and internship sites, with filters and an Excel export.</summary>
[Area("Organizations")]
[Route("sites")]
[Authorize(Policies.ReadSupport)]
public sealed class SitesController(PortalDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] SiteFilter filter, CancellationToken ct) =>
        View(new SiteListModel(filter, await Sites.Query(db, filter).ToPageAsync(filter.Page, ct), await Workplaces.MunicipalityChoicesAsync(db, ct),
            User.Allows(Policies.ManageSites)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] SiteFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var rows = await Sites.Query(reads, filter).ToListAsync(ct);
        return this.Xlsx($"ploshchadki-{clock.Today():yyyy-MM-dd}.xlsx", "Площадки", Sites.Columns, rows.Select(Sites.ExcelRow));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        !await Workplaces.MayNameAsync(db, organizationId, null, ct) ? NotFound()
            : await FormView(new SiteForm { OrganizationId = organizationId, ValidFrom = clock.Today() }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> Create(SiteForm form, [FromServices] GrantSiteStatus grant, CancellationToken ct) =>
        await this.AnswerAsync(await grant.HandleAsync(form, ct), _ => RedirectToAction(nameof(Index)), () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var status = await db.OrganizationStatuses.Include(s => s.Organization).FirstOrDefaultAsync(s => s.Id == id, ct);
        return status is null ? NotFound() : await FormView(SiteForm.From(status), status, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> Edit(int id, SiteForm form, [FromServices] ReviseSiteStatus revise, CancellationToken ct)
    {
        async Task<IActionResult> Form() =>
            await FormView(form, await db.OrganizationStatuses.AsNoTracking().Include(s => s.Organization).FirstAsync(s => s.Id == id, ct), ct);
        return await this.AnswerOnFormAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Index)), Form);
    }

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var status = await db.OrganizationStatuses.AsNoTracking().Include(s => s.Organization).FirstOrDefaultAsync(s => s.Id == id, ct);
        return status is null
            ? NotFound()
            : View("Confirm", new ConfirmModel("Удаление статуса площадки",
                $"Статус «{status.Kind.Name()}» ({status.Level.Name()}) организации {status.Organization!.DisplayName} будет удалён. Если статус "
                    + $"истёк, лучше указать дату окончания.",
                $"/sites/{id}/delete", "/sites", [("Площадки", "/sites")],
                Refusal: Sites.LevelError(status.Level, User.Scope()) is { } error ? error : null));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageSites)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] RevokeSiteStatus revoke, CancellationToken ct) =>
        await this.AnswerAsync(await revoke.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)),
            refused: _ => Task.FromResult<IActionResult>(RedirectToAction(nameof(Delete), new { id })));

    private async Task<IActionResult> FormView(SiteForm form, OrganizationStatus? existing, CancellationToken ct) =>
        View("Form", new SiteFormModel(form, existing, existing is null ? await Workplaces.ChoicesAsync(db, ct) : []));
}

public sealed record SiteListModel(SiteFilter Filter, Page<SiteRow> Page, IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record SiteFormModel(SiteForm Form, OrganizationStatus? Existing, IReadOnlyList<Choice> Organizations);
