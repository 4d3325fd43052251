using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Routes;
using MetodPortal.Reports.Routes;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Authorization;
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
    PortalDbContext db, AccessLog access, IValidator<RouteForm> routeValidator, IValidator<RouteItemForm> itemValidator, TimeProvider clock,
    ILogger<RoutesController> logger) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] RouteFilter filter, CancellationToken ct) =>
        View(new RouteListModel(filter, await ListRoutes.PageAsync(db, filter, Today, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), Today));

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
    public async Task<IActionResult> Create(RouteForm form, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstOrDefaultAsync(e => e.Id == form.EducatorId, ct);
        var diagnostic = form.DiagnosticId is { } did
            ? await db.Diagnostics.AsNoTracking().Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea).FirstOrDefaultAsync(d => d.Id == did && d.EducatorId == form.EducatorId, ct)
            : null;
        if (educator is null || (form.DiagnosticId is not null && diagnostic is null))
        {
            return NotFound();
        }

        await ValidateAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return await FormView(form, null, ct);
        }

        var route = new IndividualRoute
        {
            RegionId = educator.RegionId, EducatorId = educator.Id, DiagnosticId = diagnostic?.Id, CreatedAt = clock.GetUtcNow(),
        };
        form.ApplyTo(route);
        db.Routes.Add(route);

        // One item per deficit, for the methodist to refine: the goal names the area, the deadline is the period's end.
        foreach (var deficit in diagnostic?.Deficits.OrderBy(x => x.CompetenceArea!.SortOrder) ?? Enumerable.Empty<Domain.Diagnostics.DiagnosticDeficit>())
        {
            route.Add(new RouteItem
            {
                CompetenceAreaId = deficit.CompetenceAreaId, Goal = $"Устранить дефицит: {deficit.CompetenceArea!.Name.ToLowerInvariant()}",
                Form = ActivityForm.Courses, Deadline = route.PeriodTo, ExpectedResult = deficit.Note,
            });
        }

        await db.SaveChangesAsync(ct);
        TempData.Success(route.Items.Count == 0
            ? "Черновик ИОМ создан. Добавьте пункты маршрута."
            : $"Черновик ИОМ создан: {route.Items.Count} пункт(а) по дефицитам диагностики. Уточните цели, формы и сроки, затем утвердите.");
        return RedirectToAction(nameof(Details), new { id = route.Id });
    }

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
    public async Task<IActionResult> Edit(int id, RouteForm form, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        if (RouteRules.EditError(route) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        (form.EducatorId, form.DiagnosticId) = (route.EducatorId, route.DiagnosticId);
        await ValidateAsync(form, ct);
        if (!ModelState.IsValid)
        {
            return await FormView(form, route, ct);
        }

        db.ExpectVersion(route, form.Version);
        form.ApplyTo(route);
        foreach (var item in route.Items)
        {
            item.OrganizationId = route.OrganizationId;
        }

        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/approve")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Approve(int id, [FromServices] ApproveRoute approve, CancellationToken ct) =>
        await ShowAsync(id, await approve.HandleAsync(id, User.UserIdOf(), ct), ct);

    [HttpPost("{id:int}/start")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Start(int id, [FromServices] StartRoute start, CancellationToken ct) => await ShowAsync(id, await start.HandleAsync(id, ct), ct);

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
    public async Task<IActionResult> Cancel(int id, string? reason, [FromServices] CancelRoute cancel, CancellationToken ct)
    {
        var outcome = await cancel.HandleAsync(id, new CancelRouteForm { Reason = reason }, ct);
        if (outcome is Outcome.Success or Outcome.Missing)
        {
            return await ShowAsync(id, outcome, ct);
        }

        // Refused or invalid: the cancel page again, with the reason beside the field or on top.
        if (outcome is Outcome.Invalidity invalid)
        {
            invalid.Errors.CopyTo(ModelState);
        }
        else if (outcome is Outcome.Refusal refusal)
        {
            ModelState.AddModelError("", refusal.Reason);
        }

        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new RouteReasonModel(await Load(id).AsNoTracking().FirstAsync(ct), reason));
    }

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var route = await Load(id).AsNoTracking().FirstOrDefaultAsync(ct);
        return route is null ? NotFound() : View(route);
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        if (route.Status != RouteStatus.Draft)
        {
            return await RefuseAsync(id, "Удалить можно только черновик. Утверждённый ИОМ отменяют с указанием причины.", ct);
        }

        db.Routes.Remove(route);
        await db.SaveChangesAsync(ct);
        TempData.Success("Черновик ИОМ удалён.");
        return Redirect($"/routes?educatorId={route.EducatorId}");
    }

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
    public async Task<IActionResult> AddItem(int id, RouteItemForm form, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        if (route is null)
        {
            return NotFound();
        }

        if (RouteRules.EditError(route) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        await ValidateItemAsync(form, route, ct);
        if (!ModelState.IsValid)
        {
            return await ItemFormView(route, null, form, ct);
        }

        var item = new RouteItem();
        form.ApplyTo(item);
        route.Add(item);
        await db.SaveChangesAsync(ct);
        TempData.Success("Пункт добавлен.");
        return RedirectToAction(nameof(Details), new { id });
    }

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
    public async Task<IActionResult> EditItem(int id, int itemId, RouteItemForm form, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return NotFound();
        }

        if (RouteRules.EditError(route) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        await ValidateItemAsync(form, route, ct);
        if (!ModelState.IsValid)
        {
            return await ItemFormView(route, item, form, ct);
        }

        form.ApplyTo(item);
        await db.SaveChangesAsync(ct);
        TempData.Success("Пункт изменён.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/items/{itemId:int}/delete")]
    [Authorize(Policies.ManageDiagnostics)]
    public Task<IActionResult> DeleteItem(int id, int itemId, CancellationToken ct) =>
        ItemAction(id, itemId, (route, _) => RouteRules.EditError(route), (_, item) =>
        {
            db.RouteItems.Remove(item);
            return "Пункт удалён.";
        }, ct);

    /// <summary>The educator (or a methodist on their behalf) reports an item done, with a note or a file as evidence.</summary>
    [HttpPost("{id:int}/items/{itemId:int}/report")]
    [Authorize(Policies.ReportRouteItems)]
    [RequestSizeLimit(RouteRules.MaxEvidenceBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = RouteRules.MaxEvidenceBytes + (1024 * 1024))]
    public async Task<IActionResult> Report(int id, int itemId, ItemActionForm form, [FromServices] ReportRouteItem report, CancellationToken ct) =>
        await ShowAsync(id, await report.HandleAsync(id, itemId, form.Note, form.File, User.UserIdOf(), ct), ct);

    [HttpPost("{id:int}/items/{itemId:int}/confirm")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> Confirm(int id, int itemId, ConfirmItemForm form, [FromServices] ConfirmRouteItem confirm, CancellationToken ct) =>
        await ShowAsync(id, await confirm.HandleAsync(id, itemId, form, User.UserIdOf(), ct), ct);

    [HttpPost("{id:int}/items/{itemId:int}/return")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> ReturnItem(int id, int itemId, ReturnItemForm form, [FromServices] ReturnRouteItem returnItem, CancellationToken ct) =>
        await ShowAsync(id, await returnItem.HandleAsync(id, itemId, form, ct), ct);

    [HttpPost("{id:int}/items/{itemId:int}/cancel")]
    [Authorize(Policies.ManageDiagnostics)]
    public async Task<IActionResult> CancelItem(int id, int itemId, CancelItemForm form, [FromServices] CancelRouteItem cancelItem, CancellationToken ct) =>
        await ShowAsync(id, await cancelItem.HandleAsync(id, itemId, form, ct), ct);

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
        db.Routes.Where(r => r.Id == id).Include(r => r.Educator).Include(r => r.Organization).Include(r => r.Items).ThenInclude(i => i.CompetenceArea);

    /// <summary>A use case's outcome as a page: 404, the card again with the reason (409), or back to the card with the message.</summary>
    private async Task<IActionResult> ShowAsync(int id, Outcome outcome, CancellationToken ct)
    {
        switch (outcome)
        {
            case Outcome.Refusal refusal:
                return await RefuseAsync(id, refusal.Reason, ct);
            case Outcome.Success success:
                TempData.Success(success.Message);
                return RedirectToAction(nameof(Details), new { id });
            default:
                return NotFound();
        }
    }

    private async Task<IActionResult> ItemAction(
        int id, int itemId, Func<IndividualRoute, RouteItem, string?> rule, Func<IndividualRoute, RouteItem, string> apply, CancellationToken ct)
    {
        var route = await Load(id).FirstOrDefaultAsync(ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return NotFound();
        }

        if (rule(route, item) is { } error)
        {
            return await RefuseAsync(id, error, ct);
        }

        var message = apply(route, item);
        await db.SaveChangesAsync(ct);
        TempData.Success(message);
        return RedirectToAction(nameof(Details), new { id });
    }

    /// <summary>A refused action changes nothing: the card is shown again, as 409, with the reason on top.</summary>
    private async Task<IActionResult> RefuseAsync(int id, string error, CancellationToken ct)
    {
        db.ChangeTracker.Clear();
        var route = await Load(id).AsNoTracking().FirstAsync(ct);
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Details), await CardAsync(route, ct) with { Refusal = error });
    }

    private async Task ValidateAsync(RouteForm form, CancellationToken ct)
    {
        (await routeValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organization = await db.Employments.Where(e => e.EducatorId == form.EducatorId && e.OrganizationId == form.OrganizationId)
            .Select(e => e.Organization).FirstOrDefaultAsync(ct);
        if (organization is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите организацию, в которой работает педагог.");
            return;
        }

        if (form.TutorUserId is { } tutor && !await Tutors.Users(db, organization).AnyAsync(u => u.Id == tutor, ct))
        {
            ModelState.AddModelError(nameof(form.TutorUserId), "Тьютором может быть методист, в чью область входит организация педагога.");
        }
    }

    private async Task ValidateItemAsync(RouteItemForm form, IndividualRoute route, CancellationToken ct)
    {
        (await itemValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (form.Deadline is { } deadline && (deadline < route.PeriodFrom || deadline > route.PeriodTo))
        {
            ModelState.AddModelError(nameof(form.Deadline), $"Срок — в пределах периода ИОМ ({Display.Date(route.PeriodFrom)} — {Display.Date(route.PeriodTo)}).");
        }

        if (form.CompetenceAreaId is { } area && !await db.CompetenceAreas.AnyAsync(a => a.Id == area, ct))
        {
            ModelState.AddModelError(nameof(form.CompetenceAreaId), "Выберите компетенцию из справочника.");
        }
    }

    private async Task<IActionResult> FormView(RouteForm form, IndividualRoute? existing, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking().FirstAsync(e => e.Id == form.EducatorId, ct);
        var workplaces = await db.Employments.AsNoTracking().Where(e => e.EducatorId == form.EducatorId && (e.EndDate == null || e.EndDate >= Today))
            .Select(e => e.Organization!).ToListAsync(ct);
        var organization = workplaces.FirstOrDefault(o => o.Id == form.OrganizationId) ?? workplaces.FirstOrDefault();
        form.OrganizationId ??= organization?.Id;
        var tutors = organization is null ? [] : await Tutors.For(db, organization).ToListAsync(ct);
        var diagnostic = await BasisAsync(form.DiagnosticId, ct);
        return View("Form", new RouteFormModel(form, existing, educator, diagnostic, [.. workplaces.Select(o => new Choice(o.Id, o.DisplayName))], tutors));
    }

    /// <summary>The diagnostic a route is based on, with its instrument and deficits, as the form and the card show it.</summary>
    private async Task<Domain.Diagnostics.Diagnostic?> BasisAsync(int? diagnosticId, CancellationToken ct) => diagnosticId is { } id
        ? await db.Diagnostics.AsNoTracking().Include(d => d.Instrument).Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea).FirstOrDefaultAsync(d => d.Id == id, ct)
        : null;

    private async Task<IActionResult> ItemFormView(IndividualRoute route, RouteItem? item, RouteItemForm form, CancellationToken ct)
    {
        var areas = await db.CompetenceAreas.AsNoTracking().OrderBy(a => a.SortOrder).Select(a => new Choice(a.Id, a.Name)).ToListAsync(ct);
        return View("ItemForm", new RouteItemFormModel(route, item, form, areas));
    }

    private async Task<RouteCardModel> CardAsync(IndividualRoute route, CancellationToken ct)
    {
        var names = await Tutors.NamesAsync(db, [route.TutorUserId, route.ApprovedByUserId, .. route.Items.Select(i => i.ConfirmedByUserId)], ct);
        var itemIds = route.Items.Select(i => i.Id).ToList();
        var files = await db.RouteEvidence.AsNoTracking().Where(e => itemIds.Contains(e.RouteItemId))
            .Select(e => new EvidenceFile(e.Id, e.RouteItemId, e.FileName, e.Size, e.UploadedAt)).ToListAsync(ct);
        var diagnostic = await BasisAsync(route.DiagnosticId, ct);
        var manage = User.Allows(Policies.ManageDiagnostics);
        var report = User.Allows(Policies.ReportRouteItems);
        return new RouteCardModel(route, diagnostic, names, files.ToLookup(f => f.ItemId), manage, report, Today, null);
    }
}

public sealed record RouteListModel(RouteFilter Filter, Page<RouteRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Municipalities, DateOnly Today);

public sealed record EvidenceFile(int Id, int ItemId, string FileName, long Size, DateTimeOffset UploadedAt);

public sealed record RouteCardModel(
    IndividualRoute Route, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyDictionary<int, string> UserNames, ILookup<int, EvidenceFile> Files,
    bool CanManage, bool CanReport, DateOnly Today, string? Refusal);

public sealed record RouteFormModel(
    RouteForm Form, IndividualRoute? Existing, Domain.Staff.Educator Educator, Domain.Diagnostics.Diagnostic? Diagnostic, IReadOnlyList<Choice> Workplaces,
    IReadOnlyList<Choice> Tutors);

public sealed record RouteItemFormModel(IndividualRoute Route, RouteItem? Item, RouteItemForm Form, IReadOnlyList<Choice> Areas);

public sealed record RouteReasonModel(IndividualRoute Route, string? Reason);
