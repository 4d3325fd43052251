using System.Globalization;
using AngleSharp.Dom;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Every form of the portal, found through the route inventory (a GET page and a POST to the same address; uploads,
/// deletions, and the sign-in and the user's own account forms aside — they hold no record of a scope and have tests of
/// their own), opened on Хабаровск's records by the first role that may use it, and filled
/// in as a user would complete it.
/// </summary>
public sealed class PortalForms
{
    private static readonly string[] Roles = ["school", "methodist", "coordinator", "cnppm", "ministry", "admin"];

    private Dictionary<string, (string Name, string Value)[]> _choices = [];

    public List<(ControllerActionDescriptor Action, string Url, PortalClient Client, IElement Form)> Opened { get; } = [];

    /// <summary>The address each form was opened at (its path with the query that preselects a record).</summary>
    public Dictionary<string, string> OpenedAt { get; } = [];

    /// <summary>The forms no role could open, as failures to report.</summary>
    public List<string> Unopened { get; } = [];

    public static async Task<PortalForms> OpenAllAsync(PortalFactory portal)
    {
        var forms = new PortalForms();
        var own = await ScopedRecords.OfAsync(portal, "KHV", Seeded.KhvSchool, "school@demo.local");
        forms._choices = await ChoicesAsync(portal);
        var users = new List<PortalClient>();
        foreach (var role in Roles)
        {
            users.Add(await portal.LoginAsync(role + "@demo.local"));
        }

        var actions = RouteInventory.Of(portal);
        // Uploads are the import tests' (and the cross-scope matrix's): they bind a file and an organization, nothing else.
        var posted = actions.Where(a => RouteInventory.Method(a) == "POST"
            && !a.Parameters.Any(p => p.ParameterType == typeof(Microsoft.AspNetCore.Http.IFormFile)))
            .Select(RouteInventory.Template).ToHashSet();
        // Disabling a user ends their sessions (it may be one of the clients): that form is posted last, the others by live sessions.
        foreach (var action in actions.Where(a => RouteInventory.Method(a) == "GET" && posted.Contains(RouteInventory.Template(a))
            && a.ControllerTypeInfo.Name is not ("AccountController" or "ProfileController")
            && !RouteInventory.Template(a).EndsWith("delete", StringComparison.Ordinal))
            .OrderBy(a => RouteInventory.Template(a).EndsWith("disable", StringComparison.Ordinal)))
        {
            var (url, query) = ScopedRecords.AddressOf(own, action);
            var address = query.Length > 0 ? $"{url}?{query}" : url;
            var (client, form) = await FirstWhoMayOpenAsync(users, address);
            if (form is null)
            {
                forms.Unopened.Add($"{url}: no role could open the form");
            }
            else
            {
                forms.Opened.Add((action, url, client!, form));
                forms.OpenedAt[url] = address;
            }
        }

        return forms;
    }

    /// <summary>Where the first choice of a list is not a valid combination, the choice a user would make instead.</summary>
    private static async Task<Dictionary<string, (string Name, string Value)[]>> ChoicesAsync(PortalFactory portal) => new()
    {
        ["programs/create"] = [("Hours", "72")],
        ["monitoring/create"] = [("Year", "2031"), ("ReportingDate", "2031-06-01"), ("DeadlineDate", "2031-07-01")],
        ["communities/create"] = [("Level", "Municipal")],
        ["admin/users/create"] = [("Role", "Methodist"),
            ("OrganizationId", (await portal.OrganizationAsync("МАУ «ЦРО»")).Id.ToString(CultureInfo.InvariantCulture))],
        ["instruments/create"] = [("Areas[0].Selected", "true")],
        ["mentoring/mentors/create"] = [("CompetenceAreaIds", (await FirstAreaAsync(portal)).ToString(CultureInfo.InvariantCulture))],
        ["experts/create"] = [("CompetenceAreaIds", (await FirstAreaAsync(portal)).ToString(CultureInfo.InvariantCulture))],
        ["practices/create"] = [("CompetenceAreaIds", (await FirstAreaAsync(portal)).ToString(CultureInfo.InvariantCulture)), ("Links", "https://example.org")],
        ["practices/{id:int}/edit"] = [("Links", "https://example.org")],

        ["practices/{id:int}/reviews/{reviewId:int}"] = [("Recommended", "true")],
    };

    private static async Task<int> FirstAreaAsync(PortalFactory portal)
    {
        await using var db = portal.Db();
        return await db.CompetenceAreas.Where(c => c.IsActive).OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
    }

    private static async Task<(PortalClient?, IElement?)> FirstWhoMayOpenAsync(List<PortalClient> users, string url)
    {
        foreach (var user in users)
        {
            var response = await user.GetAsync(url);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
                var form = page.QuerySelectorAll("form[method=post]").FirstOrDefault(f => (f.GetAttribute("action") ?? url).Split('?')[0] == url.Split('?')[0]);
                if (form is not null)
                {
                    return (user, form);
                }
            }
        }

        return (null, null);
    }

    /// <summary>The form's fields as a user would complete a new record: every blank input, list and text filled in.</summary>
    /// <param name="text">What to type into a text field instead (by its input element), or null to keep or fill it as usual.</param>
    public List<KeyValuePair<string, string>> Filled(ControllerActionDescriptor action, IElement form, Func<IElement, string?>? text = null)
    {
        var fields = PortalClient.FieldsOf(form, _choices.GetValueOrDefault(action.AttributeRouteInfo!.Template!, []));
        var unique = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < fields.Count; i++)
        {
            var (name, value) = (fields[i].Key, fields[i].Value);
            var input = form.QuerySelector($"[name='{name}']")!;
            if (text is not null && IsFreeText(input) && text(input) is { } typed)
            {
                fields[i] = new(name, typed);
                continue;
            }

            if (value.Length > 0 || input.GetAttribute("type") is "hidden" or "checkbox")
            {
                continue;
            }

            value = (input.LocalName, input.GetAttribute("type")) switch
            {
                ("select", _) => input.QuerySelectorAll("option").Select(o => o.GetAttribute("value")).Where(v => !string.IsNullOrEmpty(v))
                    .Skip(name == "MenteeId" ? 1 : 0).FirstOrDefault() ?? "", // a mentee other than the mentor
                (_, "date") when name.Contains("Birth", StringComparison.Ordinal) => "1985-05-05",
                (_, "date") when name.Contains("Profession", StringComparison.Ordinal) => "2008-09-01",
                (_, "date") when name.EndsWith("To", StringComparison.Ordinal) || name.StartsWith("End", StringComparison.Ordinal) => "2026-12-31",
                (_, "date") => "2026-10-01",
                (_, "number") when int.TryParse(input.GetAttribute("max"), CultureInfo.InvariantCulture, out var max) && max < 10 =>
                    max.ToString(CultureInfo.InvariantCulture), // as a user keeps within the field's range
                (_, "number") => "10",
                (_, "email") => $"user{unique}@demo.local",
                (_, "password") => "Demo-2026-Strong!",
                (_, "url") => "https://example.org",
                _ when name is "Inn" or "Link" or "Email" => "",
                _ when name.EndsWith("MaxScore", StringComparison.Ordinal) => "5",
                _ when input.HasAttribute("inputmode") => "3",
                _ => $"Проверка {unique}",
            };
            fields[i] = new(name, value);
        }

        // A list to tick people in (a bulk entry): one of them ticked, the last, as the first is often the mentor chosen above.
        if (form.QuerySelectorAll("#staff-checklist input[type=checkbox]:not([disabled])").LastOrDefault() is { } tick)
        {
            fields.Add(new(tick.GetAttribute("name")!, tick.GetAttribute("value")!));
        }

        return fields;
    }

    /// <summary>A field a user types words into: a text input or a text area, not a number, a code, an address or a read-only value.</summary>
    public static bool IsFreeText(IElement input) =>
        (input.LocalName == "textarea" || (input.LocalName == "input" && input.GetAttribute("type") is null or "text"))
        && !input.HasAttribute("inputmode") && !input.HasAttribute("readonly") && input.GetAttribute("name") is not ("Inn" or "Link" or "Email");
}
