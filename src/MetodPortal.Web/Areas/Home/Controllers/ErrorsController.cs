using MetodPortal.Web.Areas.Api;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Home.Controllers;

/// <summary>
/// The Russian error pages. Re-executed by the status-code and exception middleware with the original method, so it
/// answers every method and skips the antiforgery check (the original request was already checked or refused). It
/// binds nothing: the original request's body may be what was refused (too large, malformed), and reading it again
/// would fail here too.
/// </summary>
[Area("Home")]
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class ErrorsController : Controller
{
    [Route("error/{code:int}")]
    public IActionResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.None,
            System.Globalization.CultureInfo.InvariantCulture, out var c) ? c : 500;
        Response.StatusCode = code is >= 400 and <= 599 ? code : 500;
        var original = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
            ?? HttpContext.Features.Get<IExceptionHandlerPathFeature>()?.Path;
        if (original is not null && ApiProblem.IsApiPath(original))
        {
            return ApiProblem.Result(Response.StatusCode, RequestRefusal.ReasonOf(HttpContext), original);
        }

        return View(new ErrorModel(Response.StatusCode, RequestRefusal.ReasonOf(HttpContext)));
    }
}

public sealed record ErrorModel(int Code, string? Reason);
