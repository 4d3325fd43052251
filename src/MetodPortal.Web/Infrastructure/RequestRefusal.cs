using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Requests refused at the edge, with the reason the error page then shows in Russian (the re-executed error page
/// runs on the same HttpContext, so it reads the reason from <see cref="HttpContext.Items"/>):
/// a body over the endpoint's limit is refused with 413 before it is read; text with control characters (a NUL,
/// which PostgreSQL refuses to store or compare) in the address, the query or a posted field with 400.
/// </summary>
public static class RequestRefusal
{
    private const string ReasonKey = "metodportal.refusal";

    /// <summary>The size of a request to an endpoint that names no limit of its own (Kestrel's default).</summary>
    public const long DefaultBodyLimit = 30_000_000;

    public static string? ReasonOf(HttpContext context) => context.Items[ReasonKey] as string;

    public static void Refuse(HttpContext context, int status, string reason)
    {
        context.Items[ReasonKey] = reason;
        context.Response.StatusCode = status;
    }

    /// <summary>An MVC answer of <paramref name="status"/> whose error page says <paramref name="reason"/>.</summary>
    public static IActionResult Result(HttpContext context, int status, string reason)
    {
        Refuse(context, status, reason);
        return new StatusCodeResult(status);
    }

    /// <summary>Answers 413 at once when the declared length is over the endpoint's limit: reading the body would only fail later.</summary>
    public static IApplicationBuilder UseBodySizeRefusal(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? DefaultBodyLimit;
        var errorPage = context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null;
        if (!errorPage && context.Request.ContentLength is { } length && length > limit)
        {
            var megabytes = Math.Max(1, limit / (1024 * 1024));
            Refuse(context, StatusCodes.Status413PayloadTooLarge,
                $"Размер отправленных данных больше допустимых {megabytes} МБ. Ничего не сохранено: уменьшите файл или разделите данные на несколько файлов.");
            return;
        }

        await next(context);
    });

    /// <summary>True when <paramref name="text"/> holds a control character other than a tab or a line break.</summary>
    public static bool HasControlCharacters(string? text) => text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
}

/// <summary>Refuses (400, with a Russian reason) a request whose route values, query or posted fields hold control characters.</summary>
public sealed class ControlCharacterFilter : IAsyncResourceFilter
{
    public const string Reason = "В запросе есть недопустимые управляющие символы (например, символ с кодом 0 из скопированного текста). Ничего не "
        + "сохранено: уберите их и повторите.";

    public const string Unreadable = "Отправленные данные не удалось прочитать. Ничего не сохранено: обновите страницу и повторите.";

    public async Task OnResourceExecutionAsync(ResourceExecutingContext context, ResourceExecutionDelegate next)
    {
        // The error pages show whatever was refused; they read nothing of the request themselves.
        if (context.RouteData.Values["controller"] is "Errors")
        {
            await next();
            return;
        }

        var request = context.HttpContext.Request;
        var hostile = context.RouteData.Values.Values.OfType<string>().Any(RequestRefusal.HasControlCharacters)
            || request.Query.Any(q => RequestRefusal.HasControlCharacters(q.Key) || q.Value.Any(RequestRefusal.HasControlCharacters));
        if (!hostile && request.HasFormContentType)
        {
            IFormCollection form;
            try
            {
                form = await request.ReadFormAsync(context.HttpContext.RequestAborted);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
            {
                context.Result = RequestRefusal.Result(context.HttpContext, StatusCodes.Status400BadRequest, Unreadable);
                return;
            }

            hostile = form.Any(f => RequestRefusal.HasControlCharacters(f.Key) || f.Value.Any(RequestRefusal.HasControlCharacters))
                || form.Files.Any(f => RequestRefusal.HasControlCharacters(f.FileName));
        }

        if (hostile)
        {
            context.Result = RequestRefusal.Result(context.HttpContext, StatusCodes.Status400BadRequest, Reason);
            return;
        }

        await next();
    }
}
