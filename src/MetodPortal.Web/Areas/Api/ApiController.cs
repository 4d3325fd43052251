using MetodPortal.Domain.Audit;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// The read API's controllers: JSON under <c>/api/v1</c>, signed in by a personal access token only (never by the
/// portal's cookie, so no antiforgery is needed or checked), each action behind the same policy as its page, its
/// request checked and counted against the token's limit (<see cref="ApiGate"/>), its answer given an ETag (<see cref="ApiETag"/>).
/// </summary>
[ApiController]
[Area("Api")]
[Route("api/v1")]
[Authorize(AuthenticationSchemes = ApiTokenAuthentication.SchemeName)]
[Produces("application/json")]
[ServiceFilter<ApiGate>]
[ServiceFilter<ApiETag>]
public abstract class ApiController : ControllerBase
{
    /// <summary>404 as problem details: the record is missing or outside the token's scope (the same answer for both).</summary>
    protected ContentResult Missing() => ApiProblem.Result(StatusCodes.Status404NotFound, null, Request.Path);

    /// <summary>The record a by-id query finds, or <see cref="Missing"/>.</summary>
    protected async Task<ActionResult<T>> OneAsync<T>(IQueryable<T> byId, CancellationToken ct) where T : class =>
        await byId.FirstOrDefaultAsync(ct) is { } found ? found : Missing();

    /// <summary>A list of personal data read, then its line in the access log (the address with its filter).</summary>
    protected async Task<T> LoggedAsync<T>(Task<T> read, CancellationToken ct)
    {
        var list = await read;
        await HttpContext.RequestServices.GetRequiredService<AccessLog>().ListAsync(AccessKind.ApiRead, ct);
        return list;
    }
}
