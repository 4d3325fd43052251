using System.Globalization;
using MetodPortal.Domain;

namespace MetodPortal.Web.Imports;

/// <summary>How the imports read a sheet's cells: trimmed text, and dates as Excel serial numbers or as dd.MM.yyyy text.</summary>
public static class ImportCells
{
    /// <summary>A cell's trimmed text, null when empty or beyond the row.</summary>
    public static string? Cell(string?[] cells, int i) => i < cells.Length && !string.IsNullOrWhiteSpace(cells[i]) ? cells[i]!.Trim() : null;

    public static DateOnly? ParseDate(string value)
    {
        if (DateOnly.TryParseExact(value, ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var text))
        {
            return text;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial) && serial is >= 1 and < 2958466
            ? DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(serial)))
            : null;
    }

    /// <summary>The enum value whose Russian name the cell holds (case and «ё» aside); null when none.</summary>
    public static TEnum? ParseName<TEnum>(string? text)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v => Key(DisplayNames.Of(v!.Value)) == Key(text));

    /// <summary>The names a cell may hold, for the refusal of any other.</summary>
    public static string Names<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"«{DisplayNames.Of(v)}»"));

    private static string Key(string? text) => (text ?? "").Trim().ToLower(CultureInfo.GetCultureInfo("ru-RU")).Replace('ё', 'е');
}
