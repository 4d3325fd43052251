namespace MetodPortal.Domain;

/// <summary>Text as the portal stores it, for the forms and for the entities that take text from them.</summary>
public static class FormText
{
    /// <summary>An optional text field as stored: trimmed, and null when left blank.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>A text cut to its column's length (what a client sent about itself: an address, a browser's name).</summary>
    public static string? Cut(string? text, int length) => text is not null && text.Length > length ? text[..length] : text;
}
