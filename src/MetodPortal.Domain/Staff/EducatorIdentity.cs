using System.Globalization;

namespace MetodPortal.Domain.Staff;

/// <summary>
/// How one person is recognised across organizations of a region: full name and birth date, compared without case,
/// extra spaces or the ё/е difference.
/// </summary>
public static class EducatorIdentity
{
    public static string MatchKey(string lastName, string firstName, string? middleName, DateOnly birthDate) =>
        string.Join('|', Normalize(lastName), Normalize(firstName), Normalize(middleName), birthDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private static string Normalize(string? part) =>
        string.Join(' ', (part ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToLower(CultureInfo.GetCultureInfo("ru-RU"))
            .Replace('ё', 'е');
}
