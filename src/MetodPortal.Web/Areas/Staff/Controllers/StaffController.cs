using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Scoping;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.Controllers;

/// <summary>The staff registry: pedagogical workers and managers of the organizations in the user's scope.</summary>
[Area("Staff")]
[Route("staff")]
[Authorize(Policies.ReadStaff)]
public sealed class StaffController(PortalDbContext db, AccessLog access, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] StaffFilter filter, CancellationToken ct)
    {
        var model = new StaffListModel(filter, await ListStaff.PageAsync(db, filter, Today, ct), await Workplaces.ChoicesAsync(db, ct),
            await Workplaces.MunicipalityChoicesAsync(db, ct), Today);
        return View(model);
    }

    /// <summary>The current filtered list as .xlsx: one row per employment, the template's columns first, so it imports back unchanged.</summary>
    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] StaffFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        var today = Today;
        var employments = ListStaff.Employments(reads, filter, today);
        if (filter.NarrowsPeople)
        {
            // Without a question about the person the join would only find every employed person again.
            var people = ListStaff.Query(reads, filter, today);
            employments = employments.Where(x => people.Any(p => p.Id == x.EducatorId));
        }

        var rows = await employments
            .OrderBy(x => x.Educator!.LastName).ThenBy(x => x.Educator!.FirstName).ThenBy(x => x.Organization!.Name)
            .Select(x => new { Job = x, x.Educator, Organization = x.Organization!.ShortName ?? x.Organization.Name,
                Municipality = x.Organization.Municipality!.Name })
            .ToListAsync(ct);
        await access.ListAsync(AccessKind.StaffExport, ct);
        return this.Xlsx($"staff-{today:yyyy-MM-dd}.xlsx", "Сотрудники", StaffSheet.Export, rows.Select(r => (IReadOnlyList<object?>)
        [
            .. StaffSheet.TemplateRow(r.Educator!, r.Job), r.Organization, r.Municipality, r.Educator!.Age(today), r.Educator.YearsInProfession(today),
            r.Educator.IsYoung(today), r.Educator.IsInFirstYears(today), r.Job.IsMain,
        ]));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var educator = await db.Educators.AsNoTracking()
            .Include(e => e.Employments).ThenInclude(x => x.Organization)
            .FirstOrDefaultAsync(e => e.Id == id, ct);
        if (educator is null)
        {
            return NotFound();
        }

        await access.PersonAsync(AccessKind.EducatorCard, id, educator.RegionId, null, ct);

        // Only whether the person also works elsewhere is shown, never where (listed in docs/architecture.md).
        var elsewhere = await RegionRegistry.EmploymentsElsewhereAsync(db, id, educator.RegionId, ct);
        var diagnostics = await db.Diagnostics.AsNoTracking().Where(d => d.EducatorId == id).OrderByDescending(d => d.Date)
            .Select(d => new EducatorDiagnostic(d.Id, d.Date, d.Instrument!.Title, d.Deficits.Count)).ToListAsync(ct);
        var routes = await db.Routes.AsNoTracking().Where(r => r.EducatorId == id).OrderByDescending(r => r.PeriodFrom)
            .Select(r => new EducatorRoute(r.Id, r.PeriodFrom, r.PeriodTo, r.Status)).ToListAsync(ct);
        return View(new EducatorCardModel(educator, elsewhere, Today, User.Allows(Policies.ManageStaff),
            diagnostics, routes, User.Allows(Policies.ManageDiagnostics), await EducatorTimeline.LoadAsync(db, educator, ct),
            User.Allows(Policies.RecordCompletions),
            await db.CategoryAssignments.AsNoTracking().Where(c => c.EducatorId == id).OrderByDescending(c => c.AssignedOn)
                .ThenByDescending(c => c.Id).ToListAsync(ct)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        !await Workplaces.MayNameAsync(db, organizationId, null, ct) ? NotFound()
            : await FormView(new EducatorForm { OrganizationId = organizationId ?? User.OrganizationIdOf(), Position = Position.Teacher }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Create(EducatorForm form, [FromServices] HireEducator hire, CancellationToken ct) =>
        await this.AnswerAsync(await hire.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var educator = await db.Educators.FirstOrDefaultAsync(e => e.Id == id, ct);
        return educator is null ? NotFound() : await FormView(EducatorForm.From(educator), educator, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Edit(int id, EducatorForm form, [FromServices] ReviseEducator revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.Educators.AsNoTracking().FirstAsync(e => e.Id == id, ct), ct));

    [HttpGet("{id:int}/employments/{employmentId:int}/end")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> EndEmployment(int id, int employmentId, CancellationToken ct)
    {
        var job = await UseCases.EndEmployment.Load(db, id, employmentId).AsNoTracking().FirstOrDefaultAsync(ct);
        return job is null ? NotFound() : View(new EndEmploymentModel(job, new EndEmploymentForm { EndDate = Today }));
    }

    [HttpPost("{id:int}/employments/{employmentId:int}/end")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> EndEmployment(int id, int employmentId, EndEmploymentForm form, [FromServices] EndEmployment end, CancellationToken ct) =>
        await this.AnswerAsync(await end.HandleAsync(id, employmentId, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => View(new EndEmploymentModel(await UseCases.EndEmployment.Load(db, id, employmentId).AsNoTracking().FirstAsync(ct), form)));

    private async Task<IActionResult> FormView(EducatorForm form, Educator? existing, CancellationToken ct) =>
        View("Form", new EducatorFormModel(form, existing, await Workplaces.ChoicesAsync(db, ct), User.Scope().Level == ScopeLevel.Organization));
}

public sealed record StaffListModel(StaffFilter Filter, Page<StaffRow> Page, IReadOnlyList<Choice> Organizations,
    IReadOnlyList<Choice> Municipalities, DateOnly Today);

public sealed record EducatorCardModel(
    Educator Educator, int EmploymentsElsewhere, DateOnly Today, bool CanManage, IReadOnlyList<EducatorDiagnostic> Diagnostics,
        IReadOnlyList<EducatorRoute> Routes,
    bool CanDiagnose, IReadOnlyList<TimelineEntry> Timeline, bool CanRecordCourses, IReadOnlyList<CategoryAssignment> Categories);

public sealed record EducatorDiagnostic(int Id, DateOnly Date, string Instrument, int Deficits);

public sealed record EducatorRoute(int Id, DateOnly PeriodFrom, DateOnly PeriodTo, Domain.Routes.RouteStatus Status);

public sealed record EducatorFormModel(EducatorForm Form, Educator? Existing, IReadOnlyList<Choice> Organizations, bool OwnOrganizationOnly);

public sealed record EndEmploymentModel(Employment Employment, EndEmploymentForm Form);
