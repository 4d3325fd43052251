using MetodPortal.Web.Areas.Progress.UseCases;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Progress.Controllers;

/// <summary>What the user's own long work has done so far, polled by the page that started it (site.js).</summary>
[Area("Progress")]
[Route("progress")]
[Authorize]
public sealed class ProgressController(WorkProgress progress) : Controller
{
    /// <summary>The note as JSON; 204 while the work has not started (or the ticket is not the user's).</summary>
    [HttpGet("")]
    [ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
    public async Task<IActionResult> Show(string? ticket, CancellationToken ct) =>
        await progress.ReadAsync(User, ticket, ct) is { } note
            ? Json(new { stage = note.Step.Stage, count = note.Step.Count, total = note.Step.Total, errors = note.Step.Errors,
                finished = note.Finished, text = note.Step.Text })
            : NoContent();
}
