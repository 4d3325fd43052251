using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Routes;
using MetodPortal.Reports.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Routes.Controllers;

/// <summary>
/// Individual educational routes (ИОМ): built by a methodist from a diagnostic or from scratch, approved, followed item
/// by item (the educator reports, the tutor confirms), completed or cancelled; and the route's PDF document.
/// The lifecycle rules are <see cref="RouteRules"/>; every read goes through the scope filter, so another scope's id is 404.
/// </summary>
[Area("Routes")]
[Route("routes")]
[Authorize(Policies.ReadDiagnostics)]
public sealed class RoutesController(
    PortalDbContext db, AccessLog access, TimeProvider clock, ILogger<RoutesController> logger) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] RouteFilter filter, CancellationToken ct) =>
        View(new RouteListModel(filter, await ListRoutes.PageAsync(db, filter, Today, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), Today));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] RouteFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await access.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"iom-{Today:yyyy-MM-dd}.xlsx", ListRoutes.Sheets(reads, filter, Today));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        await access.PersonAsync(AccessKind.Route, route.EducatorId, route.RegionId, $"ИОМ № {id}", ct);
        return View(await CardAsync(route, ct));
    }

    [HttpGet("{id:int}.pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        await access.PersonAsync(AccessKind.RoutePdf, route.EducatorId, route.RegionId, $"ИОМ № {id}", ct);
        var document = await RouteDocuments.BuildAsync(db, route, User.FindFirst(PortalClaims.FullName)?.Value ?? "", Today, ct);
        logger.LogInformation("Route {RouteId} rendered to PDF", id);
        return File(RoutePdf.Render(document), "application/pdf", $"iom-{id}.pdf");
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Create(int? diagnosticId, int? educatorId, CancellationToken ct)
    {
        var form = new RouteForm { PeriodFrom = Today, PeriodTo = Today.AddYears(1).AddDays(-1), TutorUserId = User.UserIdOf() };
        if (diagnosticId is { } did)
        {
            var diagnostic = await db.Diagnostics.AsNoTracking().FirstOrDefaultAsync(d => d.Id == did, ct);
            if (diagnostic is null)
            {
                return NotFound();
            }

            (form.DiagnosticId, form.EducatorId, form.OrganizationId) = (diagnostic.Id, diagnostic.EducatorId, diagnostic.OrganizationId);
        }
        else if (educatorId is { } eid && await db.Educators.AnyAsync(e => e.Id == eid, ct))
        {
            form.EducatorId = eid;
        }
        else
        {
            return NotFound();
        }

        return await FormView(form, null, ct);
    }

    [HttpPost("create")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Create(RouteForm form, [FromServices] DraftRoute draft, CancellationToken ct) =>
        await this.AnswerAsync(await draft.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        return RouteRules.EditError(route) is { } error ? await RefuseAsync(id, error, ct) : await FormView(RouteForm.From(route), route, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Edit(int id, RouteForm form, [FromServices] ReviseRoute revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await Load(id).AsNoTracking().FirstAsync(ct), ct), reason => RefuseAsync(id, reason, ct));

    [HttpPost("{id:int}/approve")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Approve(int id, [FromServices] ApproveRoute approve, CancellationToken ct) =>
        await ShowAsync(id, await approve.HandleAsync(id, User.UserIdOf(), ct), ct);

    [HttpPost("{id:int}/start")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Start(int id, [FromServices] StartRoute start, CancellationToken ct) => await ShowAsync(id,
        await start.HandleAsync(id, ct), ct);

    [HttpPost("{id:int}/complete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Complete(int id, [FromServices] CompleteRoute complete, CancellationToken ct) =>
        await ShowAsync(id, await complete.HandleAsync(id, ct), ct);

    [HttpPost("{id:int}/return-to-draft")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> ReturnToDraft(int id, [FromServices] ReturnRouteToDraft returnToDraft, CancellationToken ct) =>
        await ShowAsync(id, await returnToDraft.HandleAsync(id, ct), ct);

    [HttpGet("{id:int}/cancel")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Cancel(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        return route is null ? NotFound() : View(new RouteReasonModel(route, null));
    }

    [HttpPost("{id:int}/cancel")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Cancel(int id, string? reason, [FromServices] CancelRoute cancel, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await cancel.HandleAsync(id, new CancelRouteForm { Reason = reason }, ct),
            _ => RedirectToAction(nameof(Details), new { id }),
            () => CancelPageAsync(id, reason, ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        return route is null ? NotFound() : View(route);
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteRoute delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), done => Redirect($"/routes?educatorId={done.Id}"),
            refused: reason => RefuseAsync(id, reason, ct));

    [HttpGet("{id:int}/items/add")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> AddItem(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        return RouteRules.EditError(route) is { } error
            ? await RefuseAsync(id, error, ct)
            : await ItemFormView(route, null, new RouteItemForm { Deadline = route.PeriodTo, Activity = ActivityForm.Courses }, ct);
    }

    [HttpPost("{id:int}/items/add")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> AddItem(int id, RouteItemForm form, [FromServices] AddRouteItem add, CancellationToken ct) =>
        await this.AnswerAsync(await add.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await ItemFormView(await Load(id).AsNoTracking().FirstAsync(ct), null, form, ct), reason => RefuseAsync(id, reason, ct));

    [HttpGet("{id:int}/items/{itemId:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> EditItem(int id, int itemId, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return NotFound();
        }

        return RouteRules.EditError(route) is { } error ? await RefuseAsync(id, error, ct) : await ItemFormView(route, item, RouteItemForm.From(item), ct);
    }

    [HttpPost("{id:int}/items/{itemId:int}/edit")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> EditItem(int id, int itemId, RouteItemForm form, [FromServices] ReviseRouteItem revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, itemId, form, ct), _ => RedirectToAction(nameof(Details), new { id }), async () =>
        {
            var route = await Load(id).AsNoTracking().FirstAsync(ct);
            return await ItemFormView(route, route.Items.First(i => i.Id == itemId), form, ct);
        }, reason => RefuseAsync(id, reason, ct));

    /// <summary>«Включить в ИОМ»: the item is to be done through one of the offers the card lists for it (no offer: unlinked).</summary>
    [HttpPost("{id:int}/items/{itemId:int}/offer")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> LinkOffer(
        int id, int itemId, OfferKind? kind, int? offerId, [FromServices] LinkRouteItemOffer link, CancellationToken ct) =>
        await ShowAsync(id, await link.HandleAsync(id, itemId, kind, offerId, ct), ct, itemId);

    [HttpPost("{id:int}/items/{itemId:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> DeleteItem(int id, int itemId, [FromServices] RemoveRouteItem remove, CancellationToken ct) =>
        await ShowAsync(id, await remove.HandleAsync(id, itemId, ct), ct, itemId);

    /// <summary>The educator (or a methodist on their behalf) reports an item done, with a note or a file as evidence.</summary>
    [HttpPost("{id:int}/items/{itemId:int}/report")]
    [Authorize(Policies.ReportRouteItems)]
    [RequestSizeLimit(RouteRules.MaxEvidenceBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = RouteRules.MaxEvidenceBytes + (1024 * 1024))]
    public async Task<IActionResult> Report(int id, int itemId, ReportItemForm form, [FromServices] ReportRouteItem report, CancellationToken ct) =>
        await ShowAsync(id, await report.HandleAsync(id, itemId, form.Note, form.File, User.UserIdOf(), ct), ct, itemId);

    [HttpPost("{id:int}/items/{itemId:int}/confirm")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Confirm(int id, int itemId, ConfirmItemForm form, [FromServices] ConfirmRouteItem confirm, CancellationToken ct) =>
        await ShowAsync(id, await confirm.HandleAsync(id, itemId, form, User.UserIdOf(), ct), ct, itemId);

    [HttpPost("{id:int}/items/{itemId:int}/return")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> ReturnItem(int id, int itemId, ReturnItemForm form, [FromServices] ReturnRouteItem returnItem, CancellationToken ct) =>
        await ShowAsync(id, await returnItem.HandleAsync(id, itemId, form, ct), ct, itemId);

    [HttpPost("{id:int}/items/{itemId:int}/cancel")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> CancelItem(int id, int itemId, CancelItemForm form, [FromServices] CancelRouteItem cancelItem, CancellationToken ct) =>
        await ShowAsync(id, await cancelItem.HandleAsync(id, itemId, form, ct), ct, itemId);

    [HttpGet("{id:int}/evidence/{fileId:int}")]
    public async Task<IActionResult> Evidence(int id, int fileId, CancellationToken ct)
    {
        // The file's own scope filter and its route's both apply: a file of another route or scope is 404.
        var file = await db.RouteEvidence.AsNoTracking()
            .FirstOrDefaultAsync(e => e.Id == fileId && db.RouteItems.Any(i => i.Id == e.RouteItemId && i.RouteId == id), ct);
        if (file is null)
        {
            return NotFound();
        }

        await access.PersonAsync(AccessKind.Evidence, file.EducatorId, file.RegionId, $"ИОМ № {id}, файл «{file.FileName}»", ct);
        return File(file.Content, file.ContentType, file.FileName);
    }

    private IQueryable<IndividualRoute> Load(int id) =>
        db.Routes.Where(r => r.Id == id).Include(r => r.Educator).Include(r => r.Organization).Include(r => r.Items).ThenInclude(i => i.CompetenceArea)
            .Include(r => r.Items).ThenInclude(i => i.Cohort!.Program).Include(r => r.Items).ThenInclude(i => i.Event)
            .Include(r => r.Items).ThenInclude(i => i.Community).Include(r => r.Items).ThenInclude(i => i.Site!.Organization)
            .Include(r => r.Items).ThenInclude(i => i.Pair).Include(r => r.Items).ThenInclude(i => i.Practice).AsSplitQuery();

    /// <summary>A step's outcome on the card: 404, the card again with the reason at its item (409), or back to the card with the message.</summary>
    private Task<IActionResult> ShowAsync(int id, Outcome outcome, CancellationToken ct, int? itemId = null) =>
        this.AnswerAsync(outcome, _ => RedirectToAction(nameof(Details), new { id }), refused: reason => RefuseAsync(id, reason, ct, itemId));

    /// <summary>The cancel page again, as 422, with what was wrong with the reason.</summary>
    private async Task<IActionResult> CancelPageAsync(int id, string? reason, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Cancel), new RouteReasonModel(await Load(id).AsNoTracking().FirstAsync(ct), reason));
    }

    /// <summary>A refused action changes nothing: the card is shown again, as 409, with the reason on top.</summary>
    private async Task<IActionResult> RefuseAsync(int id, string error, CancellationToken ct, int? itemId = null)
    {
        db.ChangeTracker.Clear();
        var route = await Load(id).AsNoTracking().FirstAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        ViewData.PageAddress(itemId is null ? $"/routes/{id}" : $"/routes/{id}#item-{itemId}");
        return View(nameof(Details), await CardAsync(route, ct) with { Refusal = error, RefusedItemId = itemId });
    }

    private async Task<IActionResult> FormView(RouteForm form, IndividualRoute? existing, CancellationToken ct) =>
        View("Form", await RoutePages.FormAsync(db, form, existing, Today, ct));

    private async Task<IActionResult> ItemFormView(IndividualRoute route, RouteItem? item, RouteItemForm form, CancellationToken ct) =>
        View("ItemForm", await RoutePages.ItemFormAsync(db, route, item, form, ct));

    private Task<RouteCardModel> CardAsync(IndividualRoute route, CancellationToken ct) =>
        RoutePages.CardAsync(db, route, User.Allows(Policies.ManageDiagnostics), User.Allows(Policies.ReportRouteItems), Today, ct);
}
