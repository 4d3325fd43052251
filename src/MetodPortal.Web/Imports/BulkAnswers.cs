using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Imports;

/// <summary>How a bulk entry page answers its entry: 404 out of scope, the record's page with what was added, or the page again (422) with why not.</summary>
public static class BulkAnswers
{
    public static async Task<IActionResult> AnswerBulkAsync(
        this Controller controller, ImportResult? result, Func<int, string> added, string back, Func<ImportResult, Task<IActionResult>> refused)
    {
        if (result is null)
        {
            return controller.NotFound();
        }

        if (result.Succeeded)
        {
            controller.TempData.Success(added(result.Added));
            return controller.Redirect(back);
        }

        controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return await refused(result);
    }
}
