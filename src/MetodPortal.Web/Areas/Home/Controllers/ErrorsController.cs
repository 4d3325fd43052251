using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Home.Controllers;

/// <summary>
/// The Russian error pages. Re-executed by the status-code and exception middleware with the original method, so it
/// answers every method and skips the antiforgery check (the original request was already checked or refused).
/// </summary>
[Area("Home")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Show(int code)
    {
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        return View(Response.StatusCode);
    }
}
