using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// One form field as every page draws it: a label tied to the input, a required mark, the value, and the field's
/// validation message beside it (the summary at the top lists them all). Inputs keep the posted value on a re-shown form.
/// </summary>
public static class FormFields
{
    /// <param name="type">The input's type; a password is never drawn back into the page.</param>
    /// <param name="attributes">More attributes of the control itself (readonly, autocomplete, inputmode, …).</param>
    public static IHtmlContent TextField(this IHtmlHelper html, string name, string label, string? value, bool required = false, int maxLength = 300,
        string col = "col-md-6", string type = "text", string? hint = null, IReadOnlyDictionary<string, string>? attributes = null) =>
        Field(html, name, label, required, col, hint, With(Input(html, name, type, type == "password" ? null : value, maxLength), attributes));

    public static IHtmlContent NumberField(this IHtmlHelper html, string name, string label, int? value, bool required = false, string col = "col-md-3",
        IReadOnlyDictionary<string, string>? attributes = null) =>
        Field(html, name, label, required, col, null, With(Input(html, name, "number", value?.ToString(Display.Russian), 10), attributes));

    public static IHtmlContent DateField(this IHtmlHelper html, string name, string label, DateOnly? value, bool required = false, string col = "col-md-3",
        IReadOnlyDictionary<string, string>? attributes = null) =>
        Field(html, name, label, required, col, null, With(Input(html, name, "date", Display.InputDate(value), 10), attributes));

    public static IHtmlContent TextAreaField(this IHtmlHelper html, string name, string label, string? value, bool required = false, int maxLength = 2000,
        string col = "col-12", int rows = 2, IReadOnlyDictionary<string, string>? attributes = null)
    {
        var area = new TagBuilder("textarea");
        area.Attributes["id"] = IdOf(name);
        area.Attributes["name"] = name;
        area.Attributes["rows"] = rows.ToString(Display.Russian);
        area.Attributes["maxlength"] = maxLength.ToString(Display.Russian);
        area.AddCssClass("form-control");
        MarkInvalid(html, name, area);
        area.InnerHtml.Append(value ?? "");
        return Field(html, name, label, required, col, null, With(area, attributes));
    }

    public static IHtmlContent SelectField(this IHtmlHelper html, string name, string label, IEnumerable<(string Value, string Text)> options, string? selected,
        bool required = false, string col = "col-md-6", string? placeholder = "— выберите —", string? hint = null,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        var select = With(new TagBuilder("select"), attributes);
        select.Attributes["id"] = IdOf(name);
        select.Attributes["name"] = name;
        select.AddCssClass("form-select");
        MarkInvalid(html, name, select);
        if (placeholder is not null)
        {
            select.InnerHtml.AppendHtml(Option("", placeholder, string.IsNullOrEmpty(selected)));
        }

        foreach (var (value, text) in options)
        {
            select.InnerHtml.AppendHtml(Option(value, text, value == selected));
        }

        return Field(html, name, label, required, col, hint, select);
    }

    public static IHtmlContent EnumField<T>(this IHtmlHelper html, string name, string label, T? selected, bool required = true, string col = "col-md-6",
        IEnumerable<T>? only = null)
        where T : struct, Enum =>
        SelectField(html, name, label, (only ?? Enum.GetValues<T>()).Select(v => (v.ToString(), v.Name())), selected?.ToString(), required, col);

    /// <param name="postFalse">A posted form's box: an unchecked box posts nothing, so a hidden «false» after it says so and a
    /// default of true cannot win. A filter's box leaves it out of the address.</param>
    public static IHtmlContent CheckField(this IHtmlHelper html, string name, string label, bool value, string col = "col-12", bool postFalse = false,
        IReadOnlyDictionary<string, string>? attributes = null)
    {
        var input = With(new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing }, attributes);
        input.Attributes["id"] = IdOf(name);
        input.Attributes["name"] = name;
        input.Attributes["type"] = "checkbox";
        input.Attributes["value"] = "true";
        input.AddCssClass("form-check-input");
        if (value)
        {
            input.Attributes["checked"] = "checked";
        }

        var content = new HtmlContentBuilder();
        content.AppendHtml($"<div class=\"{col}\"><div class=\"form-check\">");
        content.AppendHtml(input);
        if (postFalse)
        {
            content.AppendHtml($"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(name)}\" value=\"false\" />");
        }

        content.AppendHtml($"<label for=\"{IdOf(name)}\" class=\"form-check-label\">{HtmlEncoder.Default.Encode(label)}</label></div></div>");
        return content;
    }

    private static TagBuilder Input(IHtmlHelper html, string name, string type, string? value, int maxLength)
    {
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["id"] = IdOf(name);
        input.Attributes["name"] = name;
        input.Attributes["type"] = type;
        input.Attributes["value"] = value ?? "";
        if (type is "text" or "url")
        {
            input.Attributes["maxlength"] = maxLength.ToString(Display.Russian);
        }

        input.AddCssClass("form-control");
        MarkInvalid(html, name, input);
        return input;
    }

    private static TagBuilder With(TagBuilder tag, IReadOnlyDictionary<string, string>? attributes)
    {
        foreach (var (key, value) in attributes ?? new Dictionary<string, string>())
        {
            tag.Attributes[key] = value;
        }

        return tag;
    }

    /// <summary>Marks a field the server found wrong, and gives it the form's client-side rules (<see cref="ClientRules"/>).</summary>
    private static void MarkInvalid(IHtmlHelper html, string name, TagBuilder tag)
    {
        ClientRules.Apply(html.ViewContext, name, tag);
        if (html.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0)
        {
            tag.AddCssClass("is-invalid");
            tag.Attributes["aria-invalid"] = "true";
            tag.Attributes["aria-describedby"] = IdOf(name) + "-error";
        }
    }

    private static TagBuilder Option(string value, string text, bool selected)
    {
        var option = new TagBuilder("option");
        option.Attributes["value"] = value;
        if (selected)
        {
            option.Attributes["selected"] = "selected";
        }

        option.InnerHtml.Append(text);
        return option;
    }

    private static IHtmlContent Field(IHtmlHelper html, string name, string label, bool required, string col, string? hint, IHtmlContent control)
    {
        var content = new HtmlContentBuilder();
        content.AppendHtml($"<div class=\"{col}\"><label for=\"{IdOf(name)}\" class=\"form-label\">{HtmlEncoder.Default.Encode(label)}");
        if (required)
        {
            content.AppendHtml(" <span class=\"text-danger\" aria-hidden=\"true\">*</span>");
        }

        content.AppendHtml("</label>");
        content.AppendHtml(control);
        if (hint is not null)
        {
            content.AppendHtml($"<div class=\"form-text\">{HtmlEncoder.Default.Encode(hint)}</div>");
        }

        content.AppendHtml($"<span class=\"invalid-feedback d-block\" id=\"{IdOf(name)}-error\">");
        content.AppendHtml(html.ValidationMessage(name));
        content.AppendHtml("</span></div>");
        return content;
    }

    private static string IdOf(string name) => name.Replace('.', '_').Replace('[', '_').Replace(']', '_');
}
