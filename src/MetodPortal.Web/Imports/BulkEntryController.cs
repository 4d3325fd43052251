using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Imports;

/// <summary>
/// A page that adds many people to a record at once (members, participants, pairs): the ticked staff list's entry and the Excel file's,
/// each answered the same way — 404 out of scope, the record's page with what was added, or the page again (422) with why not.
/// The subclass names its route, policy, use case and page.
/// </summary>
public abstract class BulkEntryController<TForm> : Controller
    where TForm : class
{
    [HttpPost("")]
    public async Task<IActionResult> Add(int id, TForm form, CancellationToken ct) =>
        await AnswerAsync(id, await AddTickedAsync(id, form, ct), form, picked: true, ct);

    /// <param name="organizationId">Whose staff the file's people are, where the record takes people of several organizations.</param>
    [HttpPost("import")]
    [RequestSizeLimit(Uploads.RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = Uploads.RequestLimit)]
    public async Task<IActionResult> Import(
        int id, int organizationId, IFormFile? file, string? progressTicket, [FromServices] WorkProgress progress, CancellationToken ct)
    {
        ImportResult? result;
        if (Uploads.Error(file) is { } error)
        {
            result = ImportResult.Failed(error);
        }
        else
        {
            using var tracker = progress.Start(User, progressTicket);
            await using var stream = file!.OpenReadStream();
            result = await AddFromFileAsync(id, organizationId, stream, tracker, ct);
        }

        return await AnswerAsync(id, result, FileForm(organizationId), picked: false, ct);
    }

    /// <summary>The ticked people added; null when the record is not the user's.</summary>
    protected abstract Task<ImportResult?> AddTickedAsync(int id, TForm form, CancellationToken ct);

    /// <summary>The file's people added; null when the record is not the user's.</summary>
    protected abstract Task<ImportResult?> AddFromFileAsync(int id, int organizationId, Stream file, IProgress<WorkStep> progress, CancellationToken ct);

    /// <summary>The form the page shows again after a file was refused.</summary>
    protected abstract TForm FileForm(int organizationId);

    /// <summary>The flash on the record's page: how many were added, in Russian.</summary>
    protected abstract string Added(int count);

    protected abstract string RecordAddress(int id);

    /// <summary>The page, with the ticked list's or the file's refusal where there is one.</summary>
    protected abstract Task<IActionResult> PageAsync(int id, TForm form, ImportResult? ticked, ImportResult? file, CancellationToken ct);

    private async Task<IActionResult> AnswerAsync(int id, ImportResult? result, TForm form, bool picked, CancellationToken ct)
    {
        if (result is null)
        {
            return NotFound();
        }

        if (result.Succeeded)
        {
            TempData.Success(Added(result.Added));
            return Redirect(RecordAddress(id));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await PageAsync(id, form, picked ? result : null, picked ? null : result, ct);
    }
}
