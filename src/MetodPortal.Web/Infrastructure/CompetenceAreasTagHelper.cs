using System.Globalization;
using System.Text.Encodings.Web;
using MetodPortal.Data;
using MetodPortal.Web.Choices;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The competence areas an offer develops, as check boxes of the region's catalogue: <c>&lt;competence-areas for="Form.CompetenceAreaIds" /&gt;</c>.
/// It reads the catalogue itself, so that every form of an offer (a ДПП, an event, a community) draws the same field from one line.
/// </summary>
[HtmlTargetElement("competence-areas", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CompetenceAreasTagHelper(PortalDbContext db) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    public string Label { get; set; } = "Какие компетенции развивает";

    public string Hint { get; set; } = "По ним ИОМ педагогов с дефицитами в этих компетенциях предлагают это мероприятие.";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override async Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name.StartsWith("Form.", StringComparison.Ordinal) ? For.Name["Form.".Length..] : For.Name;
        var chosen = (For.Model as IEnumerable<int>)?.ToHashSet() ?? [];
        var areas = await CompetenceAreas.ChoicesAsync(db, chosen, ViewContext.HttpContext.RequestAborted);
        var html = new System.Text.StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<fieldset class=\"col-12\" id=\"{name}\"><legend class=\"form-label fs-6 mb-1\">{Encode(Label)}</legend>");
        html.Append("<div class=\"row row-cols-md-2 g-1\">");
        foreach (var area in areas)
        {
            var id = $"{name}-{area.Id}";
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"form-check col\"><input class=\"form-check-input\" type=\"checkbox\" id=\"{id}\" ")
                .Append(CultureInfo.InvariantCulture, $"name=\"{name}\" value=\"{area.Id}\"{(chosen.Contains(area.Id) ? " checked" : "")} />")
                .Append(CultureInfo.InvariantCulture, $"<label class=\"form-check-label\" for=\"{id}\">{Encode(area.Name)}</label></div>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</div><div class=\"form-text\">{Encode(Hint)}</div>");
        if (ViewContext.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<span class=\"invalid-feedback d-block\" id=\"{name}-error\">{Encode(entry.Errors[0].ErrorMessage)}</span>");
        }

        html.Append("</fieldset>");
        output.TagName = null;
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
