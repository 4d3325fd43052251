using System.Text.RegularExpressions;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Security;

/// <summary>The portal's controller actions as MVC found them by reflection, and what the security tests read off each.</summary>
public static partial class RouteInventory
{
    public static IReadOnlyList<ControllerActionDescriptor> Of(PortalFactory portal) =>
        [.. portal.Services.GetRequiredService<IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<ControllerActionDescriptor>()];

    /// <summary>The HTTP methods the action answers; "ANY" when it names none.</summary>
    public static IEnumerable<string> Methods(ControllerActionDescriptor action) =>
        action.EndpointMetadata.OfType<Microsoft.AspNetCore.Routing.HttpMethodMetadata>().SelectMany(m => m.HttpMethods).DefaultIfEmpty("ANY");

    public static string Method(ControllerActionDescriptor action) => Methods(action).First();

    public static string Template(ControllerActionDescriptor action) => action.AttributeRouteInfo!.Template!;

    /// <summary>The names of the template's parameters: "routes/{id:int}/items/{itemId:int}" → id, itemId.</summary>
    public static HashSet<string> RouteParameters(string template) =>
        Parameter().Matches(template).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The address of the template with each parameter replaced by its value.</summary>
    public static string Url(string template, Func<string, string> valueOf) => "/" + Parameter().Replace(template, m => valueOf(m.Groups[1].Value));

    [GeneratedRegex(@"\{(\w+)(:\w+)?\}")]
    private static partial Regex Parameter();
}
