using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Infrastructure;

/// <summary>How a controller answers a use case's <see cref="Outcome"/>: the one mapping every module uses.</summary>
public static class OutcomeResults
{
    /// <summary>
    /// Not found is 404; invalid puts the validator's errors beside the fields and shows <paramref name="form"/> again
    /// (with no form, its first error is the refusal); refused shows <paramref name="refused"/> with the reason (by default
    /// a bare 409); done flashes the message and goes to <paramref name="done"/>.
    /// </summary>
    public static async Task<IActionResult> AnswerAsync(
        this Controller controller, Outcome outcome, Func<Outcome.Success, IActionResult> done, Func<Task<IActionResult>>? form = null,
        Func<string, Task<IActionResult>>? refused = null)
    {
        refused ??= reason => Task.FromResult<IActionResult>(controller.Conflict(reason));
        switch (outcome)
        {
            case Outcome.Success success:
                controller.TempData.Success(success.Message);
                return done(success);
            case Outcome.Invalidity invalid when form is null:
                return await refused(invalid.Errors.Errors[0].ErrorMessage);
            case Outcome.Invalidity invalid:
                invalid.Errors.CopyTo(controller.ModelState);
                return await form();
            case Outcome.Refusal refusal:
                return await refused(refusal.Reason);
            default:
                return controller.NotFound();
        }
    }

    /// <summary>The answer of a form whose refusal reads like its own error: the reason above the fields, the form shown again.</summary>
    public static Task<IActionResult> AnswerOnFormAsync(
        this Controller controller, Outcome outcome, Func<Outcome.Success, IActionResult> done, Func<Task<IActionResult>> form) =>
        controller.AnswerAsync(outcome, done, form, reason =>
        {
            controller.ModelState.AddModelError("", reason);
            return form();
        });
}
