using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// A form's error messages as items of the summary above it, in the order its fields stand on the page: the fields say where they
/// stand as they are drawn (<see cref="Drawn"/>), and the summary is written only when the whole page has been, so it knows.
/// Errors of the form as a whole come first, those of fields the page does not draw last.
/// </summary>
public sealed class ErrorsInFieldOrder(ViewContext view) : IHtmlContent
{
    private const string Key = "FieldsDrawn";

    /// <summary>Notes that the field posted as <paramref name="name"/> is drawn now.</summary>
    public static void Drawn(ViewContext view, string name)
    {
        if (view.HttpContext.Items[Key] is not List<string> drawn)
        {
            drawn = [];
            view.HttpContext.Items[Key] = drawn;
        }

        drawn.Add(name);
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        var drawn = view.HttpContext.Items[Key] as List<string> ?? [];
        int Place(string key) => key == "" ? -1 : drawn.IndexOf(key) is var i and >= 0 ? i : int.MaxValue;
        var messages = view.ViewData.ModelState.Select(e => (Place: Place(e.Key), e.Value!.Errors)).OrderBy(e => e.Place)
            .SelectMany(e => e.Errors.Select(x => x.ErrorMessage)).Distinct();
        foreach (var message in messages)
        {
            writer.Write("<li>");
            encoder.Encode(writer, message);
            writer.Write("</li>");
        }
    }
}
