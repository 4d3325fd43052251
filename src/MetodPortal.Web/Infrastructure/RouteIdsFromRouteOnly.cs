using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A parameter named in the route template ({id}, {itemId}…) is bound from the route only. MVC reads posted form
/// fields before route values, so without this a posted "id" field would retarget an action at another record than
/// the one in its address (mass assignment, ASVS 15.3.3).
/// </summary>
public sealed partial class RouteIdsFromRouteOnly : IActionModelConvention
{
    public void Apply(ActionModel action)
    {
        var templates = action.Selectors.Concat(action.Controller.Selectors).Select(s => s.AttributeRouteModel?.Template ?? "");
        var routeNames = templates.SelectMany(t => RouteParameter().Matches(t).Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in action.Parameters.Where(p => routeNames.Contains(p.ParameterName)))
        {
            parameter.BindingInfo ??= new BindingInfo();
            parameter.BindingInfo.BindingSource = BindingSource.Path;
        }
    }

    [GeneratedRegex(@"\{(\w+)")]
    private static partial Regex RouteParameter();
}
