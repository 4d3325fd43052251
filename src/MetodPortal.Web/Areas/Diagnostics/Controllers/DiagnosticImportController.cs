using MetodPortal.Data;
using MetodPortal.Web.Areas.Diagnostics.UseCases;
using MetodPortal.Web.Areas.Staff.Controllers;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Diagnostics.Controllers;

/// <summary>Bulk results of a diagnostic from Excel: a template per instrument, then an all-or-nothing load into one organization.</summary>
[Area("Diagnostics")]
[Route("diagnostics/import")]
[Authorize(Policies.ManageDiagnostics)]
public sealed class DiagnosticImportController(PortalDbContext db, ImportDiagnostics import, WorkProgress progress) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? instrumentId, int? organizationId, CancellationToken ct) =>
        !await Workplaces.MayNameAsync(db, organizationId, null, ct) ? NotFound() : View(await ModelAsync(instrumentId, organizationId, null, ct));

    [HttpGet("template")]
    public async Task<IActionResult> Template(int instrumentId, CancellationToken ct)
    {
        var instrument = await ConductDiagnostic.UsableBy(db, User).AsNoTracking().FirstOrDefaultAsync(i => i.Id == instrumentId, ct);
        if (instrument is null)
        {
            return NotFound();
        }

        return this.Xlsx($"shablon-diagnostika-{instrument.Id}.xlsx", "Результаты", ImportDiagnostics.Columns(instrument), []);
    }

    [HttpPost("")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(IFormFile? file, int? instrumentId, int? organizationId, string? progressTicket, CancellationToken ct)
    {
        var instrument = instrumentId is { } iid ? await ConductDiagnostic.UsableBy(db, User).FirstOrDefaultAsync(i => i.Id == iid, ct) : null;
        var organization = organizationId is { } oid ? await Workplaces.Of(db).AsNoTracking().FirstOrDefaultAsync(o => o.Id == oid, ct) : null;
        if ((instrumentId is not null && instrument is null) || (organizationId is not null && organization is null))
        {
            return NotFound();
        }

        var result = (file, instrument, organization) switch
        {
            (_, null, _) => ImportResult.Failed("Выберите диагностический материал."),
            (_, _, null) => ImportResult.Failed("Выберите организацию."),
            _ when Uploads.Error(file) is { } error => ImportResult.Failed(error),
            _ => await RunAsync(file!, instrument, organization, progressTicket, ct),
        };
        Response.StatusCode = result.Succeeded ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
        return View("Index", await ModelAsync(instrumentId, organizationId, result, ct));
    }

    private async Task<ImportResult> RunAsync(IFormFile file, Domain.Diagnostics.DiagnosticInstrument instrument,
        Domain.Organizations.Organization organization,
        string? progressTicket, CancellationToken ct)
    {
        using var tracker = progress.Start(User, progressTicket);
        await using var stream = file.OpenReadStream();
        return await import.RunAsync(stream, instrument, organization, tracker, ct);
    }

    private async Task<DiagnosticImportModel> ModelAsync(int? instrumentId, int? organizationId, ImportResult? result, CancellationToken ct) =>
        new(await ConductDiagnostic.UsableBy(db, User).AsNoTracking().OrderBy(i => i.Title).Select(i => new Choice(i.Id, i.Title)).ToListAsync(ct),
            await Workplaces.ChoicesAsync(db, ct), instrumentId, organizationId, result);
}

public sealed record DiagnosticImportModel(
    IReadOnlyList<Choice> Instruments, IReadOnlyList<Choice> Organizations, int? InstrumentId, int? OrganizationId, ImportResult? Result);
