using System.Globalization;
using MetodPortal.Web.Choices;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// One field of a posted form, bound to the form's property: <c>&lt;field for="Form.Title" /&gt;</c>. The input is
/// chosen by the property's type (text, number, date, check box, a select of an enum's values or of <see cref="Items"/>),
/// the label is its <c>[Display]</c> name (or <see cref="Label"/>), and the required mark and the maximum length are the
/// validator's own rules (<see cref="ClientRules"/>), so the page cannot say otherwise than the server checks. Drawn
/// by <see cref="FormFields"/>; the field is posted by the form's property name (the page model's «Form.» is left out).
/// Any other attribute (readonly, disabled, autocomplete, inputmode, …) goes onto the control; a false one is left out.
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlHelper html) : TagHelper
{
    public ModelExpression For { get; set; } = null!;

    /// <summary>The label when it says more than the property's display name.</summary>
    public string? Label { get; set; }

    public string Col { get; set; } = "col-md-6";

    public string? Hint { get; set; }

    /// <summary>«textarea», or an input type for text («email», «url»).</summary>
    public string? Type { get; set; }

    public int Rows { get; set; } = 2;

    /// <summary>The options of a select bound to an id.</summary>
    public IEnumerable<Choice>? Items { get; set; }

    /// <summary>The options of a select bound to a text, or given as a list of the page's (the selected one is the form's value).</summary>
    public IEnumerable<SelectListItem>? Options { get; set; }

    /// <summary>The values of an enum the select offers, when not all of them.</summary>
    public System.Collections.IEnumerable? Only { get; set; }

    /// <summary>The select's empty first option; an empty text leaves it out.</summary>
    public string? Placeholder { get; set; } = "— выберите —";

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ((IViewContextAware)html).Contextualize(ViewContext);
        var name = For.Name.StartsWith("Form.", StringComparison.Ordinal) ? For.Name["Form.".Length..] : For.Name;
        ErrorsInFieldOrder.Drawn(ViewContext, name);
        var label = Label ?? For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? name;
        var rules = ClientRules.For(ViewContext, name);
        var required = rules.ContainsKey("data-val-required");
        // MaximumLength is «maxlength» to the client adapters, Length(min, max) is «length».
        var max = rules.GetValueOrDefault("data-val-maxlength-max") ?? rules.GetValueOrDefault("data-val-length-max");
        var maxLength = max is null ? (int?)null : int.Parse(max, CultureInfo.InvariantCulture);
        var type = For.Metadata.UnderlyingOrModelType;
        var value = For.Model;
        var placeholder = string.IsNullOrEmpty(Placeholder) ? null : Placeholder;
        var shown = value switch
        {
            null => null,
            int number => number.ToString(CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        var extra = output.Attributes.Where(a => a.Value is not false)
            .ToDictionary(a => a.Name, a => a.Value is true ? a.Name : a.Value?.ToString() ?? "", StringComparer.OrdinalIgnoreCase);

        output.TagName = null;
        output.Attributes.Clear();
        output.Content.SetHtmlContent(type switch
        {
            _ when Items is not null => html.SelectField(name, label, Items.Select(c => (c.Id.ToString(CultureInfo.InvariantCulture), c.Name)),
                shown, required, Col, placeholder, Hint, extra),
            _ when Options is not null => html.SelectField(name, label, Options.Select(o => (o.Value, o.Text)), shown, required, Col, placeholder, Hint, extra),
            { IsEnum: true } => html.SelectField(name, label, EnumOptions(type), shown, required, Col, placeholder, Hint, extra),
            _ when type == typeof(bool) => html.CheckField(name, label, value is true, Col, postFalse: true, extra),
            _ when type == typeof(DateOnly) => html.DateField(name, label, value as DateOnly?, required, Col, extra),
            _ when type == typeof(int) => html.NumberField(name, label, value as int?, required, Col, extra),
            _ when Type == "textarea" => html.TextAreaField(name, label, value as string, required, maxLength ?? 2000, Col, Rows, extra),
            _ => html.TextField(name, label, shown, required, maxLength ?? 300, Col, Type ?? "text", Hint, extra),
        });
    }

    private IEnumerable<(string Value, string Text)> EnumOptions(Type type) =>
        (Only?.Cast<Enum>() ?? Enum.GetValues(type).Cast<Enum>()).Select(v => (v.ToString(), v.Name()));
}
