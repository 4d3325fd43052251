using System.Globalization;
using MetodPortal.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.Routing;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A create form (its address ends in <c>/create</c> or <c>/add</c>) carries a one-time key, issued with the form and
/// signed for its user. The first post with it stores the key and does the work in one transaction; a double click or a
/// replayed post finds the key taken, waits for the first to finish and is sent where the first one led, so one record is created.
/// A post without a key (a script) is not deduplicated; a unique index still answers it «уже есть» (<see cref="UniqueViolationFilter"/>).
/// </summary>
public static class OneSubmission
{
    public const string Field = "__submission";
    public const string Repeated = "Форма уже была отправлена: показан результат первой отправки, повторно ничего не создано.";
    private const string Purpose = "MetodPortal.OneSubmission";

    public static bool AppliesTo(string path)
    {
        var end = path.Split('?')[0].TrimEnd('/');
        return end.EndsWith("/create", StringComparison.OrdinalIgnoreCase) || end.EndsWith("/add", StringComparison.OrdinalIgnoreCase);
    }

    public static string Issue(IDataProtectionProvider protection, int userId) =>
        protection.CreateProtector(Purpose).Protect(string.Create(CultureInfo.InvariantCulture, $"{userId}:{Guid.NewGuid():N}"));

    /// <summary>The key's own part when it was issued to <paramref name="userId"/>; null for a forged or foreign one.</summary>
    public static string? Read(IDataProtectionProvider protection, string? posted, int userId)
    {
        if (string.IsNullOrEmpty(posted) || posted.Length > 1000)
        {
            return null;
        }

        try
        {
            var parts = protection.CreateProtector(Purpose).Unprotect(posted).Split(':');
            return parts.Length == 2 && parts[0] == userId.ToString(CultureInfo.InvariantCulture) ? parts[1] : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}

/// <summary>Adds the key to every posting form of a signed-in user whose address is a create action.</summary>
[HtmlTargetElement("form", Attributes = "method")]
public sealed class OneSubmissionTagHelper(IDataProtectionProvider protection) : TagHelper
{
    public override int Order => 1000; // after the form tag helper, which may set the action

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var method = output.Attributes["method"]?.Value?.ToString();
        var action = output.Attributes["action"]?.Value?.ToString() ?? ViewContext.HttpContext.Request.Path.Value ?? "";
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) || !OneSubmission.AppliesTo(action)
            || ViewContext.HttpContext.User.ToCurrentUser().UserId is not { } userId)
        {
            return;
        }

        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "hidden";
        input.Attributes["name"] = OneSubmission.Field;
        input.Attributes["value"] = OneSubmission.Issue(protection, userId);
        output.PostContent.AppendHtml(input);
    }
}

/// <summary>Applies <see cref="OneSubmissionFilter"/> to every POST action whose address is a create action.</summary>
public sealed class OneSubmissionConvention : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var posts = action.Attributes.OfType<HttpPostAttribute>().ToList();
        if (posts.Any(p => p.Template is { } template && OneSubmission.AppliesTo("/" + template))
            || action.Controller.Selectors.Any(s => s.AttributeRouteModel?.Template is { } prefix
                && posts.Any(p => OneSubmission.AppliesTo($"/{prefix}/{p.Template}"))))
        {
            action.Filters.Add(new ServiceFilterAttribute(typeof(OneSubmissionFilter)));
        }
    }
}

public sealed class OneSubmissionFilter(PortalDbContext db, IDataProtectionProvider protection, TimeProvider clock, ITempDataDictionaryFactory tempData)
    : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var http = context.HttpContext;
        var userId = http.User.ToCurrentUser().UserId;
        var key = userId is { } id && http.Request.HasFormContentType ? OneSubmission.Read(protection, http.Request.Form[OneSubmission.Field], id) : null;
        if (key is null)
        {
            await next();
            return;
        }

        // The key, the work and where it led are one transaction. A twin of this post blocks on the key's unique index until the first
        // commits (then follows it) or rolls back (then does the work itself); a process killed or a database lost half-way leaves
        // neither the key nor the work, so the user's repeated post does it again — never twice, never lost.
        var ct = http.RequestAborted;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await TakeAsync(key, userId!.Value, ct))
        {
            // Only a committed key stands in the way, and a key is committed with where its post led (one taken before keys and work
            // shared a transaction may have none: refused as before, not a 500).
            var done = await db.SubmissionKeys.AsNoTracking().Where(k => k.Key == key).Select(k => k.Location).FirstOrDefaultAsync(ct);
            if (done is null)
            {
                context.Result = RequestRefusal.Result(http, StatusCodes.Status409Conflict, "Эта форма уже отправлена. Обновите страницу.");
                return;
            }

            tempData.GetTempData(http).Success(OneSubmission.Repeated);
            context.Result = new RedirectResult(done);
            return;
        }

        var executed = await next();
        if (executed.Exception is null && RedirectUrl(context, executed.Result) is { } url)
        {
            await db.SubmissionKeys.Where(k => k.Key == key).ExecuteUpdateAsync(s => s.SetProperty(k => k.Location, url), CancellationToken.None);
            await transaction.CommitAsync(CancellationToken.None);
        }

        // Refused, invalid or failed: rolled back as the transaction ends, so nothing is created and the key may be used again.
    }

    /// <summary>Where a redirect will lead (the Location header is written only when the result runs, after this filter).</summary>
    private static string? RedirectUrl(ActionContext context, IActionResult? result)
    {
        var url = context.HttpContext.RequestServices.GetRequiredService<IUrlHelperFactory>().GetUrlHelper(context);
        return result switch
        {
            RedirectResult r => r.Url,
            LocalRedirectResult r => r.Url,
            RedirectToActionResult r => url.Action(r.ActionName, r.ControllerName, r.RouteValues, null, null, r.Fragment),
            RedirectToRouteResult r => url.RouteUrl(r.RouteName, r.RouteValues, null, null, r.Fragment),
            _ => null,
        };
    }

    private async Task<bool> TakeAsync(string key, int userId, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO submission_keys (key, user_id, taken_at) VALUES ({key}, {userId}, {clock.GetUtcNow()}) ON CONFLICT (key) DO NOTHING", ct) == 1;
}
