namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Search text is matched as text: LIKE's own wildcards in it are escaped. Only its first <see cref="MaxLength"/>
/// characters are used: no name or title searched is longer, and PostgreSQL's ILIKE folds the case of the whole
/// pattern again for every row, so a pasted page of text would keep a region-wide list busy for seconds. The pattern
/// is folded as the searched columns are (<see cref="MetodPortal.Data.RussianText"/>: ё as е).
/// </summary>
public static class Like
{
    public const string Escape = "\\";
    public const int MaxLength = 300;

    public static string Contains(string text) =>
        "%" + MetodPortal.Data.RussianText.Fold(Shortened(text.Trim())).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%",
            StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";

    private static string Shortened(string text) => text.Length > MaxLength ? text[..MaxLength] : text;
}
