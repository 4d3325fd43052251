using MetodPortal.Data;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.Controllers;

/// <summary>The expertise of a submitted practice: ЦНППМ / ИРО send it to two experts, each expert writes a review, then the practice is
/// published or returned with the reasons.</summary>
[Area("Practices")]
[Route("practices/{id:int}")]
[Authorize(Policies.ReadPractices)]
public sealed class PracticeExpertiseController(PortalDbContext db, RecordAccess access, TimeProvider clock) : Controller
{
    [HttpPost("expertise")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Start(int id, [FromForm] List<int> expertIds, [FromServices] StartExpertise start, CancellationToken ct) =>
        await ShowAsync(id, await start.HandleAsync(id, expertIds, ct), ct);

    [HttpGet("reviews/{reviewId:int}")]
    public async Task<IActionResult> Review(int id, int reviewId, CancellationToken ct) =>
        await ReviewView(id, reviewId, null, ct);

    [HttpPost("reviews/{reviewId:int}")]
    public async Task<IActionResult> Review(int id, int reviewId, ReviewForm form, [FromServices] WriteReview write, CancellationToken ct) =>
        await this.AnswerAsync(await write.HandleAsync(id, reviewId, form, ct), _ => Redirect($"/practices/{id}"), null, async reason =>
        {
            ModelState.AddModelError("", reason);
            var page = await ReviewView(id, reviewId, form, ct);
            Response.StatusCode = StatusCodes.Status409Conflict;
            return page;
        });

    [HttpPost("publish")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Publish(int id, [FromServices] PublishPractice publish, CancellationToken ct) =>
        await ShowAsync(id, await publish.HandleAsync(id, ct), ct);

    [HttpPost("return")]
    [Authorize(Policies.ConductExpertise)]
    public async Task<IActionResult> Return(int id, [FromForm] string? reason, [FromServices] ReturnPractice @return, CancellationToken ct) =>
        await ShowAsync(id, await @return.HandleAsync(id, reason, ct), ct);

    private async Task<IActionResult> ReviewView(int id, int reviewId, ReviewForm? form, CancellationToken ct)
    {
        var card = await PracticeCard.LoadAsync(db, access, id, clock.Today(), ct);
        var review = card?.Practice.Reviews.FirstOrDefault(r => r.Id == reviewId);
        if (review is null || !WriteReview.MayWrite(db, access, review))
        {
            return NotFound();
        }

        form ??= new ReviewForm { Scores = [.. review.Scores.Select(s => (int?)s)], Recommended = review.Recommended, Opinion = review.Opinion };
        return View("Review", new ReviewFormModel(card!, review, await WriteReview.CriteriaOfAsync(db, review, ct), form));
    }

    private Task<IActionResult> ShowAsync(int id, Outcome outcome, CancellationToken ct) =>
        this.AnswerAsync(outcome, _ => Redirect($"/practices/{id}"),
            refused: reason => PracticesController.RefusedCardAsync(this, db, access, id, reason, clock.Today(), ct));
}

public sealed record ReviewFormModel(
    PracticeCardModel Card, Domain.Practices.PracticeReview Review, IReadOnlyList<Domain.Practices.PracticeCriterion> Criteria, ReviewForm Form);
