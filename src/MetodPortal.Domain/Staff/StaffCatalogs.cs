using System.Globalization;

namespace MetodPortal.Domain.Staff;

/// <summary>Reads positions and categories from the Russian words people type (import files), and names them back.</summary>
public static class StaffCatalogs
{
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private static readonly Dictionary<string, Position> PositionAliases = new(StringComparer.Ordinal)
    {
        ["директор"] = Position.Head,
        ["заведующий"] = Position.Head,
        ["заведующая"] = Position.Head,
        ["руководитель"] = Position.Head,
        ["заместитель директора"] = Position.DeputyHead,
        ["заместитель заведующего"] = Position.DeputyHead,
    };

    private static readonly Dictionary<string, QualificationCategory> CategoryAliases = new(StringComparer.Ordinal)
    {
        [""] = QualificationCategory.None,
        ["нет"] = QualificationCategory.None,
        ["соответствие"] = QualificationCategory.MatchesPosition,
        ["сзд"] = QualificationCategory.MatchesPosition,
    };

    public static string Name(Position position) => DisplayNames.Of(position);

    public static string Name(QualificationCategory category) => DisplayNames.Of(category);

    public static IReadOnlyList<string> PositionNames { get; } = Enum.GetValues<Position>().Select(Name).ToList();

    public static IReadOnlyList<string> CategoryNames { get; } = Enum.GetValues<QualificationCategory>().Select(Name).ToList();

    public static Position? ParsePosition(string? text)
    {
        var key = Key(text);
        if (PositionAliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        return Enum.GetValues<Position>().Cast<Position?>().FirstOrDefault(p => Key(Name(p!.Value)) == key);
    }

    public static QualificationCategory? ParseCategory(string? text)
    {
        var key = Key(text);
        if (CategoryAliases.TryGetValue(key, out var alias))
        {
            return alias;
        }

        return Enum.GetValues<QualificationCategory>().Cast<QualificationCategory?>()
            .FirstOrDefault(c => Key(Name(c!.Value)) == key
                || Key(Name(c.Value)).Replace(" категория", "", StringComparison.Ordinal) == key.Replace(" категория", "", StringComparison.Ordinal));
    }

    private static string Key(string? text) =>
        string.Join(' ', (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToLower(Russian).Replace('ё', 'е');
}
