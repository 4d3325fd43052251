namespace MetodPortal.Web.Infrastructure;

public static class FormText
{
    /// <summary>An optional text field as stored: trimmed, and null when left blank.</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
