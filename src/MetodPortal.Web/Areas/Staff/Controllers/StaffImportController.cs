using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Scoping;
using MetodPortal.Web.Areas.Staff.UseCases;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.Controllers;

/// <summary>The staff import (fixed interface: GET /staff/import/template, POST /staff/import with the file in field «file»).</summary>
[Area("Staff")]
[Route("staff/import")]
[Authorize(Policies.ManageStaff)]
public sealed class StaffImportController(PortalDbContext db, ImportStaff import, WorkProgress progress) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? organizationId, CancellationToken ct) =>
        !await Workplaces.MayNameAsync(db, organizationId, null, ct) ? NotFound()
            : View(new StaffImportModel(await Workplaces.ChoicesAsync(db, ct), organizationId ?? User.OrganizationIdOf(),
                MayImportAcrossOrganizations(), null));

    [HttpGet("template")]
    public IActionResult Template()
    {
        return this.Xlsx("shablon-sotrudniki.xlsx", "Сотрудники", StaffSheet.Template, []);
    }

    [HttpPost("")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(IFormFile? file, int? organizationId, string? progressTicket, CancellationToken ct)
    {
        // A school administrator imports into their own organization; naming another one finds nothing (404) below.
        if (User.Scope().Level == ScopeLevel.Organization)
        {
            organizationId ??= User.OrganizationIdOf();
        }

        List<Organization> targets;
        if (organizationId is { } id)
        {
            var organization = await Workplaces.Of(db).FirstOrDefaultAsync(o => o.Id == id, ct);
            if (organization is null)
            {
                return NotFound();
            }

            targets = [organization];
        }
        else if (MayImportAcrossOrganizations())
        {
            targets = await Workplaces.Of(db).AsNoTracking().ToListAsync(ct);
        }
        else
        {
            return NotFound();
        }

        var result = file switch
        {
            null or { Length: 0 } => ImportResult.Failed("Выберите файл .xlsx для загрузки."),
            { Length: > ImportStaff.MaxBytes } => ImportResult.Failed("Файл больше 10 МБ. Разделите список на несколько файлов."),
            _ when targets.Count == 0 => ImportResult.Failed("В вашей области нет образовательных организаций для загрузки."),
            _ => await RunAsync(file, targets, organizationId is null, progressTicket, ct),
        };
        Response.StatusCode = result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return View("Index", new StaffImportModel(await Workplaces.ChoicesAsync(db, ct), organizationId, MayImportAcrossOrganizations(), result));
    }

    private async Task<ImportResult> RunAsync(IFormFile file, List<Organization> targets, bool byOrganizationColumn, string? progressTicket,
        CancellationToken ct)
    {
        using var tracker = progress.Start(User, progressTicket);
        await using var stream = file.OpenReadStream();
        return await import.RunAsync(stream, targets, byOrganizationColumn, tracker, ct);
    }

    private bool MayImportAcrossOrganizations() => User.Scope().Level is ScopeLevel.Municipality or ScopeLevel.Region or ScopeLevel.Global;

}

public sealed record StaffImportModel(IReadOnlyList<Choice> Organizations, int? OrganizationId, bool MayImportAcross, ImportResult? Result);
