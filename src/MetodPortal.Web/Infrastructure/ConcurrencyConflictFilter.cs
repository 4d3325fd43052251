using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A save refused because someone else changed the record first (its version, see <c>IVersioned</c>) changed nothing:
/// the user is sent back to the page they came from, which now shows the current data, with a message saying so.
/// </summary>
public sealed class ConcurrencyConflictFilter(ITempDataDictionaryFactory tempData, ILogger<ConcurrencyConflictFilter> logger) : IExceptionFilter
{
    public const string Message = "Пока вы работали, эту запись изменил другой пользователь. Ваши изменения не сохранены: "
        + "на странице теперь актуальные данные — проверьте их и при необходимости повторите действие.";

    public void OnException(ExceptionContext context)
    {
        if (context.Exception is not DbUpdateConcurrencyException conflict)
        {
            return;
        }

        var request = context.HttpContext.Request;
        logger.LogInformation("Refused a save of {Entities} changed by someone else: {Method} {Path}",
            string.Join(", ", conflict.Entries.Select(e => e.Metadata.ClrType.Name)), request.Method, request.Path);
        var messages = tempData.GetTempData(context.HttpContext);
        messages.Remove(Flash.Key); // the action may have said "saved" before the save failed
        messages.Warning(Message);
        context.Result = new RedirectResult(BackTo(request));
        context.ExceptionHandled = true;
    }

    /// <summary>The page the form was on (same site only), else the address it posted to.</summary>
    private static string BackTo(HttpRequest request) =>
        Uri.TryCreate(request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && string.Equals(referer.Authority, request.Host.Value, StringComparison.OrdinalIgnoreCase)
            ? referer.PathAndQuery
            : request.PathBase + request.Path;
}
