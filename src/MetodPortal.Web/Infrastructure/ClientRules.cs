using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A form's validator rules, run in the browser too: <c>&lt;form client-rules="@typeof(EducatorForm)"&gt;</c> makes
/// every field inside it — plain inputs and the <see cref="FormFields"/> helpers alike — carry the data-val-*
/// attributes FluentValidation's client adapters give the property of that name (required, length, e-mail, range,
/// pattern), with the validator's own Russian messages. wwwroot/js/site.js starts aspnet-client-validation on them.
/// The server still validates every post itself; rules the browser cannot run (Must, When) stay on the server only.
/// </summary>
public static class ClientRules
{
    internal const string Key = "ClientRules.Form";

    /// <summary>The data-val-* attributes of the field <paramref name="name"/> (a property path, «Form.Title») of the enclosing form's type.</summary>
    public static IReadOnlyDictionary<string, string> For(ViewContext view, string? name)
    {
        if (name is null || view.HttpContext.Items[Key] is not ModelExplorer form)
        {
            return new Dictionary<string, string>();
        }

        // A field may be named as an action parameter («reason») rather than as the property («Reason»).
        ModelExplorer? field = form;
        foreach (var part in name.Split('.'))
        {
            var property = field?.Metadata.Properties.FirstOrDefault(p => string.Equals(p.PropertyName, part, StringComparison.OrdinalIgnoreCase));
            field = property is null ? null : field!.GetExplorerForProperty(property.PropertyName!);
        }

        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (field is not null && field != form)
        {
            view.HttpContext.RequestServices.GetRequiredService<ValidationHtmlAttributeProvider>().AddValidationAttributes(view, field, attributes);
        }

        return attributes;
    }

    /// <summary>Adds the rules to a field built by a helper.</summary>
    public static void Apply(ViewContext view, string name, TagBuilder field)
    {
        foreach (var (attribute, value) in For(view, name))
        {
            field.Attributes.TryAdd(attribute, value);
        }
    }
}

/// <summary>The form of <see cref="ClientRules"/>: its type's rules apply to the fields rendered inside it.</summary>
[HtmlTargetElement("form", Attributes = "client-rules")]
public sealed class ClientRulesFormTagHelper(IModelMetadataProvider metadata) : TagHelper
{
    [HtmlAttributeName("client-rules")]
    public Type Type { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    // Set before any tag helper of the form renders its content (MVC's RenderAtEndOfFormTagHelper does, first), and
    // taken away once they all have.
    public override void Init(TagHelperContext context) =>
        ViewContext.HttpContext.Items[ClientRules.Key] = new ModelExplorer(metadata, metadata.GetMetadataForType(Type), model: null);

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        await output.GetChildContentAsync();
        ViewContext.HttpContext.Items.Remove(ClientRules.Key);
    }
}

/// <summary>A field of <see cref="ClientRules"/> written as plain HTML inside such a form.</summary>
[HtmlTargetElement("input", Attributes = "name")]
[HtmlTargetElement("select", Attributes = "name")]
[HtmlTargetElement("textarea", Attributes = "name")]
public sealed class ClientRulesFieldTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        foreach (var (attribute, value) in ClientRules.For(ViewContext, output.Attributes["name"]?.Value?.ToString()))
        {
            if (!output.Attributes.ContainsName(attribute))
            {
                output.Attributes.SetAttribute(attribute, value);
            }
        }
    }
}
