using MetodPortal.Data;
using MetodPortal.Web.Areas.Programs.UseCases;
using MetodPortal.Web.Areas.Staff.Controllers;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.Controllers;

/// <summary>ДПП completions of an organization's staff from Excel: a template, then an all-or-nothing load.</summary>
[Area("Programs")]
[Route("programs/completions/import")]
[Authorize(Policies.RecordCompletions)]
public sealed class CompletionImportController(PortalDbContext db, ImportCompletions import, WorkProgress progress) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? organizationId, CancellationToken ct)
    {
        var model = await ModelAsync(organizationId, null, ct);
        return organizationId is { } id && model.Organizations.All(o => o.Id != id) ? NotFound() : View(model);
    }

    [HttpGet("template")]
    public IActionResult Template()
    {
        return this.Xlsx("shablon-kursy-dpp.xlsx", "Курсы ДПП", ImportCompletions.Columns, []);
    }

    [HttpPost("")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(IFormFile? file, int? organizationId, string? progressTicket, CancellationToken ct)
    {
        var organization = organizationId is { } oid ? await Workplaces.Of(db).AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct) : null;
        if (organizationId is not null && organization is null)
        {
            return NotFound();
        }

        ImportResult result;
        if (organization is null)
        {
            result = ImportResult.Failed("Выберите организацию.");
        }
        else if (Uploads.Error(file) is { } error)
        {
            result = ImportResult.Failed(error);
        }
        else
        {
            using var tracker = progress.Start(User, progressTicket);
            await using var stream = file!.OpenReadStream();
            result = await import.RunAsync(stream, organization, tracker, ct);
        }

        Response.StatusCode = result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return View("Index", await ModelAsync(organizationId, result, ct));
    }

    private async Task<CompletionImportModel> ModelAsync(int? organizationId, ImportResult? result, CancellationToken ct) =>
        new(await Workplaces.ChoicesAsync(db, ct), organizationId, result);
}

public sealed record CompletionImportModel(IReadOnlyList<Choice> Organizations, int? OrganizationId, ImportResult? Result);
