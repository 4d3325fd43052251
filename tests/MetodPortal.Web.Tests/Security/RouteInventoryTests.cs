using AngleSharp.Dom;
using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Every controller action the portal serves, as MVC found it by reflection: each one names an authorization policy,
/// or is on the short reviewed lists below; every action that changes something answers 400 without an antiforgery
/// token — asked over HTTP, signed in as each role, so only the token is missing.
/// </summary>
public sealed class RouteInventoryTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Reviewed: what a visitor who is not signed in may reach (health and static files are not controller actions).</summary>
    private static readonly string[] Anonymous =
        ["AccountController.Login", "ErrorsController.Show", "ProfileController.Forgot", "ProfileController.Reset"];

    /// <summary>Reviewed: what any signed-in user may do, whatever their role — their own account and sessions, notices and the home page.</summary>
    private static readonly string[] AnySignedInUser =
    [
        "AccountController.Logout", "AccountController.AccessDenied", "HomeController.Index", "ProgressController.Show",
        "NotificationsController.Index", "NotificationsController.Open", "NotificationsController.ReadAll", "NotificationsController.Settings",
        "ProfileController.Profile", "ProfileController.Password", "ProfileController.Sessions", "ProfileController.End",
        "TokensController.Index", "TokensController.Create", "TokensController.Revoke",
    ];

    /// <summary>Reviewed: the error pages re-executed for a request that was already checked or refused.</summary>
    private static readonly string[] WithoutAntiforgery = ["ErrorsController.Show"];

    private IReadOnlyList<ControllerActionDescriptor> Actions() => RouteInventory.Of(portal);

    private static string Name(ControllerActionDescriptor a) => $"{a.ControllerTypeInfo.Name}.{a.ActionName}";

    /// <summary>A signed-in client of each demo role.</summary>
    private async Task<List<PortalClient>> EveryRoleAsync()
    {
        var users = new List<PortalClient>();
        foreach (var email in new[] { "admin", "ministry", "cnppm", "coordinator", "methodist", "school", "teacher" })
        {
            users.Add(await portal.LoginAsync(email + "@demo.local"));
        }

        return users;
    }

    [Fact]
    public void Every_action_names_a_policy_or_is_on_a_reviewed_list()
    {
        var actions = Actions();
        var unguarded = new List<string>();
        foreach (var action in actions)
        {
            var name = Name(action);
            var anonymous = action.EndpointMetadata.OfType<IAllowAnonymous>().Any();
            var policies = action.EndpointMetadata.OfType<IAuthorizeData>().Where(d => d.Policy is not null || d.Roles is not null).ToList();
            if (anonymous ? !Anonymous.Contains(name) : policies.Count == 0 && !AnySignedInUser.Contains(name))
            {
                unguarded.Add($"{name} {string.Join(",", RouteInventory.Methods(action))} {action.AttributeRouteInfo?.Template}");
            }
        }

        output.WriteLine($"{actions.Count} actions checked");
        Assert.True(actions.Count > 100, $"only {actions.Count} actions found");
        Assert.True(unguarded.Count == 0, "Actions without a policy:\n" + string.Join("\n", unguarded));
    }

    [Fact]
    public void The_antiforgery_check_is_global_and_skipped_only_where_reviewed()
    {
        var options = portal.Services.GetRequiredService<IOptions<MvcOptions>>().Value;
        Assert.Contains(options.Filters, f => f is AutoValidateAntiforgeryTokenAttribute);
        var skipping = Actions().Where(a => a.FilterDescriptors.Any(f => f.Filter is IgnoreAntiforgeryTokenAttribute)).Select(Name).Distinct().ToList();
        Assert.Equal(WithoutAntiforgery, skipping);
    }

    [Fact]
    public async Task Every_action_that_changes_something_refuses_a_request_without_a_token()
    {
        // Authorization runs before the antiforgery filter, so each action is asked as every role: a role outside its
        // policy gets 403, and at least one role inside it must get 400 for the missing token.
        var users = await EveryRoleAsync();

        var unsafeActions = Actions()
            .Where(a => RouteInventory.Methods(a).Any(m => m is not ("GET" or "HEAD" or "OPTIONS" or "ANY")) && !WithoutAntiforgery.Contains(Name(a)))
            .ToList();
        var failures = new List<string>();
        foreach (var action in unsafeActions)
        {
            // Route values filled with an id of 1: the antiforgery filter runs before the action looks anything up.
            var path = RouteInventory.Url(RouteInventory.Template(action), _ => "1");
            var statuses = new List<HttpStatusCode>();
            foreach (var user in users)
            {
                var response = await user.Http.PostAsync(path, new FormUrlEncodedContent([new("Title", "без токена")]));
                statuses.Add(response.StatusCode);
            }

            if (statuses.Any(s => s is not (HttpStatusCode.BadRequest or HttpStatusCode.Forbidden)) || !statuses.Contains(HttpStatusCode.BadRequest))
            {
                failures.Add($"{Name(action)} POST {path} → {string.Join(", ", statuses.Select(s => (int)s))}");
            }
        }

        output.WriteLine($"{unsafeActions.Count} POST actions asked without a token, as {users.Count} roles");
        Assert.True(unsafeActions.Count > 50, $"only {unsafeActions.Count} POST actions found");
        Assert.True(failures.Count == 0, "Not refused for the missing token (400) by every role allowed in:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Every page of the inventory opened on Хабаровск's records, as every role; each HTML page is handed with its path
    /// to <paramref name="faultsOf"/>, which names what is wrong on it. Fails listing every fault under <paramref name="title"/>.
    /// </summary>
    private async Task EveryPageAsync(string title, Func<string, IDocument, IEnumerable<string>> faultsOf)
    {
        var own = await ScopedRecords.OfAsync(portal, "KHV", Seeded.KhvSchool, "school@demo.local");
        var users = await EveryRoleAsync();
        var pages = 0;
        var faults = new SortedSet<string>(StringComparer.Ordinal);
        // Pages by id; addresses by year or file name are downloads.
        foreach (var action in Actions().Where(a => RouteInventory.Method(a) == "GET"
            && RouteInventory.RouteParameters(RouteInventory.Template(a)).All(name => ScopedRecords.Find(own, a, name) is not null)))
        {
            var (path, query) = ScopedRecords.AddressOf(own, action);
            foreach (var user in users)
            {
                var response = await user.Http.GetAsync(query.Length > 0 ? $"{path}?{query}" : path);
                if (response.StatusCode == HttpStatusCode.OK && response.Content.Headers.ContentType?.MediaType == "text/html")
                {
                    pages++;
                    faults.UnionWith(faultsOf(path, await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync())));
                }
            }
        }

        output.WriteLine($"{pages} pages opened");
        Assert.True(pages > 300, $"only {pages} pages opened");
        Assert.True(faults.Count == 0, title + ":\n" + string.Join("\n", faults));
    }

    [Fact]
    public async Task Every_form_that_posts_carries_its_own_token()
    {
        // A browser sends a form's own fields only: the sign-out form's token elsewhere on the page does not help it.
        var forms = 0;
        IEnumerable<string> Faults(string path, IDocument page)
        {
            foreach (var form in page.QuerySelectorAll("form").Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase)))
            {
                forms++;
                if (form.QuerySelector("input[name=__RequestVerificationToken]") is null)
                {
                    yield return $"{path}: <form action=\"{form.GetAttribute("action")}\"> has no token";
                }
            }
        }

        await EveryPageAsync("Forms without their own antiforgery token", Faults);
        Assert.True(forms > 200, $"only {forms} posting forms found");
    }

    [Fact]
    public async Task Every_field_on_every_page_has_a_label()
    {
        // A screen reader names a field by its label (or aria-label); the browser journeys find fields the same way.
        var fields = 0;
        IEnumerable<string> Faults(string path, IDocument page)
        {
            foreach (var field in page.QuerySelectorAll("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea"))
            {
                fields++;
                var labelled = (field.Id is { Length: > 0 } id && page.QuerySelector($"label[for='{id}']") is not null)
                    || field.HasAttribute("aria-label") || field.HasAttribute("aria-labelledby") || field.Closest("label") is not null;
                if (!labelled)
                {
                    yield return $"{path}: <{field.LocalName} name=\"{field.GetAttribute("name")}\"> has no label";
                }
            }
        }

        await EveryPageAsync("Fields without a label", Faults);
        Assert.True(fields > 500, $"only {fields} fields found");
    }

    [Fact]
    public async Task Every_page_shows_dates_as_dd_MM_yyyy_and_numbers_with_a_decimal_comma()
    {
        // The text a user reads (not the values inside inputs, which the browser shows in its own format).
        var isoDate = new System.Text.RegularExpressions.Regex(@"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}/\d{1,2}/\d{4}\b");
        var decimalPoint = new System.Text.RegularExpressions.Regex(@"\b\d+\.\d+\s?%");
        await EveryPageAsync("Dates or numbers not in the Russian form", (path, page) =>
        {
            foreach (var hidden in page.QuerySelectorAll("script, style, textarea").ToList())
            {
                hidden.Remove();
            }

            var text = page.Body!.TextContent;
            return isoDate.Matches(text).Concat(decimalPoint.Matches(text)).Select(match => $"{path}: «{match.Value}»").ToList();
        });
    }

    [Fact]
    public async Task Every_destructive_action_asks_first()
    {
        // Deleting, ending, cancelling, closing, disabling: a button on an ordinary page asks (data-confirm); the
        // confirmation page's own form is the asking.
        string[] destructive = ["/delete", "/end", "/cancel", "/close", "/disable"];
        bool Destroys(string? url) => url is not null && destructive.Any(d => url.EndsWith(d, StringComparison.Ordinal));
        var forms = 0;
        IEnumerable<string> Faults(string path, IDocument page)
        {
            foreach (var form in page.QuerySelectorAll("form").Where(f => Destroys(f.GetAttribute("action"))))
            {
                forms++;
                if (!form.HasAttribute("data-confirm") && form.QuerySelector("button[data-confirm]") is null && !Destroys(path))
                {
                    yield return $"{path}: <form action=\"{form.GetAttribute("action")}\"> acts without asking";
                }
            }
        }

        await EveryPageAsync("Destructive actions without a confirmation", Faults);
        Assert.True(forms > 10, $"only {forms} destructive forms found");
    }
}
