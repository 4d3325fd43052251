using System.Net;
using System.Reflection;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Xunit.Abstractions;

namespace MetodPortal.Web.Tests.Security;

/// <summary>Hostile values in every query parameter of every GET route of the route inventory, as each role: no server error.</summary>
public sealed class QueryFuzzTests(PortalFactory portal, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task No_hostile_query_value_of_any_GET_route_answers_a_server_error_for_any_role()
    {
        var own = await ScopedRecords.OfAsync(portal, "KHV", Seeded.KhvSchool, "school@demo.local");
        own["year"] = new ScopedRecords.Record(2025, RegionWide: true); // the report's year in its address
        // The error pages are shown for a refused request; they read nothing from the query.
        var gets = RouteInventory.Of(portal).Where(a => RouteInventory.Method(a) is "GET" or "ANY" && a.ControllerTypeInfo.Name != "ErrorsController").ToList();
        var failures = new List<string>();
        var sent = 0;
        var started = DateTime.UtcNow;
        var perRole = await Task.WhenAll(Fuzz.Roles.Select(async role =>
        {
            using var client = await portal.LoginAsync(role + "@demo.local");
            var (count, errors) = (0, new List<string>());
            foreach (var action in gets)
            {
                var (path, query) = ScopedRecords.AddressOf(own, action);
                foreach (var name in QueryParameters(action))
                {
                    var others = query.Split('&',
                        StringSplitOptions.RemoveEmptyEntries).Where(p => !p.StartsWith(name + "=", StringComparison.OrdinalIgnoreCase));
                    foreach (var value in Fuzz.Hostile)
                    {
                        var url = $"{path}?{string.Join("&", others.Append($"{name}={Uri.EscapeDataString(value)}"))}";
                        var response = await client.GetAsync(url);
                        count++;
                        if ((int)response.StatusCode >= 500)
                        {
                            errors.Add($"{role}: GET {url[..Math.Min(url.Length, 160)]} → {(int)response.StatusCode}");
                        }
                    }
                }
            }

            return (count, errors);
        }));
        foreach (var (count, errors) in perRole)
        {
            sent += count;
            failures.AddRange(errors);
        }

        output.WriteLine($"{sent} hostile GET requests over {gets.Count} routes as {Fuzz.Roles.Length} roles in "
            + $"{(DateTime.UtcNow - started).TotalSeconds:F0} s; {failures.Count} server errors");
        Assert.True(sent > 3000, $"only {sent} requests sent");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Distinct().Take(60)));
    }

    /// <summary>The names a GET action reads from the query: its simple parameters and the properties of a bound filter object.</summary>
    private static IEnumerable<string> QueryParameters(ControllerActionDescriptor action)
    {
        var route = RouteInventory.RouteParameters(RouteInventory.Template(action));
        foreach (var parameter in action.Parameters.Where(p => !route.Contains(p.Name)
            && p.BindingInfo?.BindingSource is null || p.BindingInfo?.BindingSource == BindingSource.Query
                || p.BindingInfo?.BindingSource == BindingSource.ModelBinding))
        {
            var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
            if (type == typeof(CancellationToken) || route.Contains(parameter.Name))
            {
                continue;
            }

            if (type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(DateOnly) || type == typeof(decimal))
            {
                yield return parameter.Name;
            }
            else if (type.IsClass && type != typeof(IFormFile))
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
                {
                    yield return property.Name;
                }
            }
        }
    }
}
