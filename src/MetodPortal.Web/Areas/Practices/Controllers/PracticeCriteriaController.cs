using MetodPortal.Data;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.Controllers;

/// <summary>The criteria the region's experts score practices on.</summary>
[Area("Practices")]
[Route("practices/criteria")]
[Authorize(Policies.ConductExpertise)]
public sealed class PracticeCriteriaController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => await ListView(ct);

    [HttpPost("")]
    public async Task<IActionResult> Add([FromForm] string? name, [FromForm] int? maxScore, [FromServices] AddPracticeCriterion add, CancellationToken ct) =>
        await this.AnswerAsync(await add.HandleAsync(name, maxScore, ct), _ => RedirectToAction(nameof(Index)), null, reason => ListView(ct, reason));

    [HttpPost("{criterionId:int}/delete")]
    public async Task<IActionResult> Remove(int criterionId, [FromServices] RemovePracticeCriterion remove, CancellationToken ct) =>
        await this.AnswerAsync(await remove.HandleAsync(criterionId, ct), _ => RedirectToAction(nameof(Index)), null, reason => ListView(ct, reason));

    private async Task<IActionResult> ListView(CancellationToken ct, string? refusal = null)
    {
        if (refusal is not null)
        {
            Response.StatusCode = StatusCodes.Status409Conflict;
            ModelState.AddModelError("", refusal);
        }

        return View("Criteria", await db.PracticeCriteria.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync(ct));
    }
}
