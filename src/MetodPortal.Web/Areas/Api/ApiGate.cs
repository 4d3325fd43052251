using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// Before an API action: the token's request limit (a fixed window per token, <c>Api:RequestsPerMinute</c>; over it, 429 with
/// Retry-After), then the query's values (a malformed number or date is 400 with each parameter's message, in Russian).
/// </summary>
public sealed class ApiGate(ApiRateLimit limit) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var token = http.User.FindFirst(ApiTokenAuthentication.TokenIdClaim)?.Value ?? "";
        using var lease = await limit.AcquireAsync(token, http.RequestAborted);
        if (!lease.IsAcquired)
        {
            var wait = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
            http.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            context.Result = ApiProblem.Result(StatusCodes.Status429TooManyRequests, null, http.Request.Path);
            return;
        }

        var refused = context.ActionArguments.Values.OfType<IApiQuery>().Select(q => q.Error()).FirstOrDefault(e => e is not null);
        if (refused is not null)
        {
            context.Result = ApiProblem.Result(StatusCodes.Status400BadRequest, refused, http.Request.Path);
            return;
        }

        if (!context.ModelState.IsValid)
        {
            var errors = context.ModelState.Where(e => e.Value?.Errors.Count > 0)
                .Select(e => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(e.Key) + ": "
                    + string.Join(" ", e.Value!.Errors.Select(x => x.ErrorMessage)));
            context.Result = ApiProblem.Result(StatusCodes.Status400BadRequest, string.Join("; ", errors), http.Request.Path);
            return;
        }

        await next();
    }
}

/// <summary>The per-token request counter of the API, one for the process.</summary>
public sealed class ApiRateLimit(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(token =>
        RateLimitPartition.GetFixedWindowLimiter(token, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Api:RequestsPerMinute", 600),
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    public ValueTask<RateLimitLease> AcquireAsync(string token, CancellationToken ct) => _limiter.AcquireAsync(token, 1, ct);

    public void Dispose() => _limiter.Dispose();
}
