using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// After an API action: its answer written as JSON (the API's options: camelCase, enums by name, dates in ISO 8601) with a
/// strong ETag — the hash of those very bytes; a request whose If-None-Match names it gets 304 and no body.
/// </summary>
public sealed class ApiETag(IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IAsyncResultFilter
{
    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        if (context.Result is ObjectResult { Value: { } value and not ProblemDetails } result && result.StatusCode is null or StatusCodes.Status200OK)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), json.Value.SerializerOptions);
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
            context.HttpContext.Response.Headers.ETag = etag;
            context.HttpContext.Response.Headers.CacheControl = "private, no-cache";
            var asked = context.HttpContext.Request.Headers.IfNoneMatch.ToString();
            context.Result = asked.Split(',', StringSplitOptions.TrimEntries).Any(t => t == etag || t == "*" || t == "W/" + etag)
                ? new StatusCodeResult(StatusCodes.Status304NotModified)
                : new FileContentResult(body, "application/json; charset=utf-8");
        }

        await next();
    }
}
