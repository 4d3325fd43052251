namespace MetodPortal.Web.Infrastructure;

/// <summary>Search text is matched as text: LIKE's own wildcards in it are escaped.</summary>
public static class Like
{
    public const string Escape = "\\";

    public static string Contains(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
