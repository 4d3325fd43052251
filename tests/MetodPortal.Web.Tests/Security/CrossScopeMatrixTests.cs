using System.Globalization;
using System.Net;
using System.Reflection;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Api;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// The cross-scope matrix (ASVS 8.2.2, 8.4.1), generated from the route inventory: every action that takes an id —
/// in its route, its query or its posted form — is asked for records that are not the user's, by every role:
/// users of город Хабаровск (coordinator, methodist, school administrator, teacher) ask for Комсомольск-на-Амуре's
/// records, and the ministry and the regional methodist of another region ask for anything of Хабаровский край.
/// Each answer must be 404 or 403 (a create form may instead refuse with its validation summary), and no table may
/// change. List filters (search forms) are not by-id routes and are not in the matrix.
/// </summary>
public sealed class CrossScopeMatrixTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Parameters that are values, not records: the year of a report, the number of an indicator, a page.</summary>
    private static readonly Dictionary<string, string> Values = new(StringComparer.OrdinalIgnoreCase)
    {
        ["year"] = "2026", ["indicator"] = "1", ["page"] = "1", ["version"] = "", ["code"] = "404",
    };

    private sealed record Case(string Method, string Url, List<KeyValuePair<string, string>> Form, bool ForeignInRoute, bool ForeignAnywhere);

    [Fact]
    public async Task Every_by_id_route_refuses_records_outside_the_users_scope_and_changes_nothing()
    {
        var records = await ArrangeAsync();
        var actions = RouteInventory.Of(portal).Where(a => a.ControllerTypeInfo.Name != "ErrorsController").ToList();

        var users = new (string Email, bool OtherRegion)[]
        {
            ("coordinator@demo.local", false), ("methodist@demo.local", false), ("school@demo.local", false), ("teacher@demo.local", false),
            ("ministry@other.local", true), ("cnppm@other.local", true),
        };
        var failures = new List<string>();
        var count = 0;
        foreach (var (email, otherRegion) in users)
        {
            using var client = await portal.LoginAsync(email);
            var token = await client.TokenAsync();
            // The read API is asked with the same user's personal access token (allowed to read personal data), as another system would.
            using var api = portal.Client(await client.CreateTokenAsync(personalData: true));
            var before = await TableDigests.OfAsync(portal.ConnectionString);
            foreach (var action in actions)
            {
                var @case = CaseOf(action, records, otherRegion);
                if (@case is null || !@case.ForeignAnywhere)
                {
                    continue; // nothing of another scope in it: only region-wide records a municipal user may see
                }

                count++;
                var response = @case.Method == "GET"
                    ? await (@case.Url.StartsWith("/api/", StringComparison.Ordinal) ? api.GetAsync(@case.Url) : client.GetAsync(@case.Url))
                    : await client.Http.PostAsync(@case.Url, Body(@case, token));
                if (response.StatusCode == HttpStatusCode.Redirect && @case.Method == "GET")
                {
                    response = await client.GetAsync(response.Headers.Location!.ToString()); // as a browser would follow it
                }

                var status = response.StatusCode;
                var refused = status is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
                    || (!@case.ForeignInRoute && @case.Method == "POST" && status == HttpStatusCode.OK
                        && (await response.Content.ReadAsStringAsync()).Contains("id=\"validation-summary\"", StringComparison.Ordinal));
                if (!refused)
                {
                    failures.Add($"{email}: {@case.Method} {@case.Url} → {response.RequestMessage?.RequestUri?.PathAndQuery} "
                        + $"{string.Join("&", @case.Form.Select(f => f.Key + "=" + f.Value))} → {(int)status}");
                }
            }

            var changed = TableDigests.Changed(Without(before), Without(await TableDigests.OfAsync(portal.ConnectionString)));
            if (changed.Count > 0)
            {
                failures.Add($"{email} changed rows: {string.Join("; ", changed)}");
            }
        }

        output.WriteLine($"{count} cross-scope cases run ({actions.Count} actions in the inventory, {users.Length} users)");
        Assert.True(count > 300, $"only {count} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {count} cases not refused:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// The audit log records every request that reached an action, refused or not, and a token notes when it was last used; neither is the data
    /// asked for.
    /// </summary>
    private static Dictionary<string, (long Rows, string Digest)> Without(Dictionary<string, (long Rows, string Digest)> tables) =>
        tables.Where(t => !t.Key.Contains("audit", StringComparison.OrdinalIgnoreCase) && !t.Key.Contains("api_tokens", StringComparison.Ordinal))
            .ToDictionary();

    /// <summary>The request for one action with every id parameter set to a record outside the user's scope.</summary>
    private static Case? CaseOf(ControllerActionDescriptor action, Dictionary<string, ScopedRecords.Record> records, bool otherRegion)
    {
        var method = RouteInventory.Method(action);
        var template = RouteInventory.Template(action);
        var routeNames = RouteInventory.RouteParameters(template);
        var foreignInRoute = false;
        var foreignAnywhere = false;
        var query = new List<KeyValuePair<string, string>>();
        var form = new List<KeyValuePair<string, string>>();

        string? ValueOf(string name, Type type)
        {
            if (Values.TryGetValue(name, out var value))
            {
                return value;
            }

            var record = ScopedRecords.Find(records, action, name);
            if (record is null)
            {
                return type == typeof(int) && routeNames.Contains(name)
                    ? throw new InvalidOperationException($"No record known for {{{name}}} of {action.ControllerTypeInfo.Name}.{action.ActionName}") : null;
            }

            var foreign = otherRegion || !record.RegionWide;
            foreignAnywhere |= foreign;
            foreignInRoute |= foreign && routeNames.Contains(name);
            return record.Id.ToString(CultureInfo.InvariantCulture);
        }

        var url = RouteInventory.Url(template, name => ValueOf(name, typeof(int))!);
        foreach (var parameter in action.Parameters.Where(p => !routeNames.Contains(p.Name)))
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(int))
            {
                var value = ValueOf(parameter.Name, type);
                if (value is not null)
                {
                    (method == "GET" ? query : form).Add(new(parameter.Name, value));
                }
            }
            else if (method != "GET" && type.IsClass && type != typeof(string) && type != typeof(CancellationToken))
            {
                form.AddRange(Plausible(type, (name, t) => ValueOf(name, t)));
            }
            else if (method != "GET" && type == typeof(string))
            {
                form.Add(new(parameter.Name, "чужое"));
            }
        }

        if (query.Count > 0)
        {
            url += "?" + string.Join("&", query.Select(q => q.Key + "=" + q.Value));
        }

        return new Case(method, url, form, foreignInRoute, foreignAnywhere);
    }

    /// <summary>A posted form that would pass validation if the ids were the user's own: so only the scope can refuse it.</summary>
    private static IEnumerable<KeyValuePair<string, string>> Plausible(Type form, Func<string, Type, string?> idOf)
    {
        foreach (var property in form.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var name = property.Name;
            string? value = type switch
            {
                _ when type == typeof(int) && name.EndsWith("Id", StringComparison.Ordinal) => idOf(name, type),
                _ when type == typeof(int) || type == typeof(decimal) || type == typeof(uint) => name == "Version" ? null : "1",
                _ when type == typeof(string) => name.Contains("Email", StringComparison.Ordinal) ? "someone@other.local" : "Чужое значение",
                _ when type == typeof(DateOnly) => name.EndsWith("To", StringComparison.Ordinal) || name.EndsWith("Until", StringComparison.Ordinal)
                    || name == "Deadline" ? "2026-12-31" : "2026-10-01",
                _ when type == typeof(bool) => "true",
                _ when type.IsEnum => Enum.GetNames(type)[0],
                _ => null,
            };
            if (value is not null)
            {
                yield return new(name, value);
            }
        }
    }

    private static FormUrlEncodedContent Body(Case @case, string token) =>
        new(@case.Form.Append(new("__RequestVerificationToken", token)));

    /// <summary>
    /// The records asked for: Комсомольск-на-Амуре's (outside every Хабаровск user's scope) and the region's shared ones
    /// (campaigns, catalogues: outside the scope of the other region's users only); and the other region with its two users.
    /// </summary>
    private async Task<Dictionary<string, ScopedRecords.Record>> ArrangeAsync()
    {
        var records = await ScopedRecords.OfAsync(portal, "KMS", Seeded.KmsSchool, "school2@demo.local");
        await ScopedRecords.AddOtherRegionAsync(portal);
        return records;
    }
}
