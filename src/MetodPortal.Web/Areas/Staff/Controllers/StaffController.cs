using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Scoping;
using MetodPortal.Domain.Staff;
using MetodPortal.Reports.Excel;
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
public sealed class StaffController(PortalDbContext db, AccessLog access, IValidator<EducatorForm> validator, IValidator<EndEmploymentForm> endValidator, TimeProvider clock)
    : Controller
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
    public async Task<IActionResult> Export([FromQuery] StaffFilter filter, CancellationToken ct)
    {
        var today = Today;
        var people = ListStaff.Query(db, filter, today);
        var rows = await ListStaff.Employments(db, filter, today)
            .Where(x => people.Any(p => p.Id == x.EducatorId))
            .OrderBy(x => x.Educator!.LastName).ThenBy(x => x.Educator!.FirstName).ThenBy(x => x.Organization!.Name)
            .Select(x => new { Job = x, x.Educator, Organization = x.Organization!.ShortName ?? x.Organization.Name, Municipality = x.Organization.Municipality!.Name })
            .ToListAsync(ct);
        await access.ListAsync(AccessKind.StaffExport, ct);
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Сотрудники", StaffSheet.Export, rows.Select(r => (IReadOnlyList<object?>)
            [
                .. StaffSheet.TemplateRow(r.Educator!, r.Job), r.Organization, r.Municipality, r.Educator!.Age(today), r.Educator.YearsInProfession(today),
                r.Educator.IsYoung(today), r.Educator.IsInFirstYears(today), r.Job.IsMain,
            ]));
        }

        stream.Position = 0;
        return File(stream, XlsxWriter.ContentType, $"staff-{today:yyyy-MM-dd}.xlsx");
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
        var elsewhere = await db.Employments.IgnoreQueryFilters([PortalDbContext.ScopeFilter])
            .CountAsync(x => x.EducatorId == id && x.RegionId == educator.RegionId, ct) - educator.Employments.Count;
        var diagnostics = await db.Diagnostics.AsNoTracking().Where(d => d.EducatorId == id).OrderByDescending(d => d.Date)
            .Select(d => new EducatorDiagnostic(d.Id, d.Date, d.Instrument!.Title, d.Deficits.Count)).ToListAsync(ct);
        var routes = await db.Routes.AsNoTracking().Where(r => r.EducatorId == id).OrderByDescending(r => r.PeriodFrom)
            .Select(r => new EducatorRoute(r.Id, r.PeriodFrom, r.PeriodTo, r.Status)).ToListAsync(ct);
        return View(new EducatorCardModel(educator, elsewhere, Today, User.Allows(Policies.ManageStaff),
            diagnostics, routes, User.Allows(Policies.ManageDiagnostics), await EducatorTimeline.LoadAsync(db, id, ct), User.Allows(Policies.RecordCompletions),
            await db.CategoryAssignments.AsNoTracking().Where(c => c.EducatorId == id).OrderByDescending(c => c.AssignedOn).ThenByDescending(c => c.Id).ToListAsync(ct)));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Create(int? organizationId, CancellationToken ct) =>
        !await Workplaces.MayNameAsync(db, organizationId, null, ct) ? NotFound() : await FormView(new EducatorForm { OrganizationId = organizationId ?? User.OrganizationIdOf(), Position = Position.Teacher }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Create(EducatorForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var organization = form.OrganizationId is { } orgId ? await Workplaces.Of(db).FirstOrDefaultAsync(o => o.Id == orgId, ct) : null;
        if (organization is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите организацию из списка.");
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, null, ct);
        }

        // The same person (full name and birth date) may already be in the region's registry, employed elsewhere.
        var key = EducatorIdentity.MatchKey(form.LastName, form.FirstName, form.MiddleName, form.BirthDate!.Value);
        var educator = await db.Educators.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).Include(e => e.Employments)
            .FirstOrDefaultAsync(e => e.RegionId == organization!.RegionId && e.MatchKey == key, ct);
        var matched = educator is not null;
        if (educator?.Employments.Any(x => x.OrganizationId == organization!.Id && (x.EndDate is null || x.EndDate >= Today)) == true)
        {
            ModelState.AddModelError("", "Этот сотрудник уже работает в выбранной организации.");
            return await FormView(form, null, ct);
        }

        if (form.PersonnelNumber is { Length: > 0 } number && await db.Employments.AnyAsync(x => x.OrganizationId == organization!.Id && x.PersonnelNumber == number.Trim(), ct))
        {
            ModelState.AddModelError(nameof(form.PersonnelNumber), "Этот табельный номер уже занят в организации.");
            return await FormView(form, null, ct);
        }

        if (educator is null)
        {
            educator = new Educator { RegionId = organization!.RegionId };
            db.Educators.Add(educator);
        }

        form.ApplyTo(educator);
        db.Employments.Add(new Employment
        {
            RegionId = organization!.RegionId, OrganizationId = organization.Id, EducatorId = educator.Id, Position = form.Position!.Value,
            PersonnelNumber = FormText.OrNull(form.PersonnelNumber),
            IsMain = form.IsMain, StartDate = form.StartDate,
        });
        await db.SaveChangesAsync(ct);
        TempData.Success(matched
            ? $"{educator.FullName} уже есть в реестре региона (совпали ФИО и дата рождения): добавлено место работы в «{organization.DisplayName}»."
            : $"Сотрудник {educator.FullName} добавлен.");
        return RedirectToAction(nameof(Details), new { id = educator.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var educator = await db.Educators.FirstOrDefaultAsync(e => e.Id == id, ct);
        return educator is null ? NotFound() : await FormView(EducatorForm.From(educator), educator, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> Edit(int id, EducatorForm form, CancellationToken ct)
    {
        var educator = await db.Educators.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (educator is null)
        {
            return NotFound();
        }

        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (ModelState.IsValid)
        {
            var key = EducatorIdentity.MatchKey(form.LastName, form.FirstName, form.MiddleName, form.BirthDate!.Value);
            if (await db.Educators.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AnyAsync(e => e.RegionId == educator.RegionId && e.MatchKey == key && e.Id != id, ct))
            {
                ModelState.AddModelError("", "В реестре региона уже есть другой сотрудник с такими ФИО и датой рождения.");
            }
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, educator, ct);
        }

        db.ExpectVersion(educator, form.Version);
        form.ApplyTo(educator);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/employments/{employmentId:int}/end")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> EndEmployment(int id, int employmentId, CancellationToken ct)
    {
        var job = await LoadEmploymentAsync(id, employmentId, ct);
        return job is null ? NotFound() : View(new EndEmploymentModel(job, new EndEmploymentForm { EndDate = Today }));
    }

    [HttpPost("{id:int}/employments/{employmentId:int}/end")]
    [Authorize(Policies.ManageStaff)]
    public async Task<IActionResult> EndEmployment(int id, int employmentId, EndEmploymentForm form, CancellationToken ct)
    {
        var job = await LoadEmploymentAsync(id, employmentId, ct);
        if (job is null)
        {
            return NotFound();
        }

        (await endValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (ModelState.IsValid && job.StartDate is { } start && form.EndDate < start)
        {
            ModelState.AddModelError(nameof(form.EndDate), $"Дата увольнения раньше даты приёма ({Display.Date(start)}).");
        }

        if (!ModelState.IsValid)
        {
            return View(new EndEmploymentModel(job, form));
        }

        job.EndDate = form.EndDate;
        await db.SaveChangesAsync(ct);
        TempData.Success($"Работа в «{job.Organization!.DisplayName}» завершена {Display.Date(job.EndDate)}. Сведения о сотруднике сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }


    private async Task<Employment?> LoadEmploymentAsync(int id, int employmentId, CancellationToken ct) =>
        await db.Employments.Include(x => x.Educator).Include(x => x.Organization).FirstOrDefaultAsync(x => x.Id == employmentId && x.EducatorId == id, ct);

    private async Task<IActionResult> FormView(EducatorForm form, Educator? existing, CancellationToken ct) =>
        View("Form", new EducatorFormModel(form, existing, await Workplaces.ChoicesAsync(db, ct), User.Scope().Level == ScopeLevel.Organization));
}

public sealed record StaffListModel(StaffFilter Filter, Page<StaffRow> Page, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Municipalities, DateOnly Today);

public sealed record EducatorCardModel(
    Educator Educator, int EmploymentsElsewhere, DateOnly Today, bool CanManage, IReadOnlyList<EducatorDiagnostic> Diagnostics, IReadOnlyList<EducatorRoute> Routes,
    bool CanDiagnose, IReadOnlyList<TimelineEntry> Timeline, bool CanRecordCourses, IReadOnlyList<CategoryAssignment> Categories);

public sealed record EducatorDiagnostic(int Id, DateOnly Date, string Instrument, int Deficits);

public sealed record EducatorRoute(int Id, DateOnly PeriodFrom, DateOnly PeriodTo, Domain.Routes.RouteStatus Status);

public sealed record EducatorFormModel(EducatorForm Form, Educator? Existing, IReadOnlyList<Choice> Organizations, bool OwnOrganizationOnly);

public sealed record EndEmploymentModel(Employment Employment, EndEmploymentForm Form);
