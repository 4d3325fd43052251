namespace MetodPortal.Domain;

/// <summary>
/// The grammatical gender of a person's name, for words that agree with it («уволена», «наставляемая»). The registry keeps no sex, and it
/// need not: the patronymic says it (-вна, -чна, кызы), else the surname's ending (-ова, -ева, -ина, -ая); a name that says neither reads masculine.
/// </summary>
public static class RussianGender
{
    public static bool IsFeminine(string lastName, string? middleName)
    {
        var patronymic = middleName?.Trim().ToLowerInvariant() ?? "";
        if (patronymic.Length > 0)
        {
            return patronymic.EndsWith("вна", StringComparison.Ordinal) || patronymic.EndsWith("чна", StringComparison.Ordinal)
                || patronymic.EndsWith("кызы", StringComparison.Ordinal);
        }

        var surname = lastName.Trim().ToLowerInvariant();
        return surname.EndsWith("ова", StringComparison.Ordinal) || surname.EndsWith("ева", StringComparison.Ordinal)
            || surname.EndsWith("ёва", StringComparison.Ordinal) || surname.EndsWith("ина", StringComparison.Ordinal)
            || surname.EndsWith("ая", StringComparison.Ordinal) || surname.EndsWith("ына", StringComparison.Ordinal);
    }

    /// <summary>The word that agrees with the person: <c>Agree(feminine, "уволена", "уволен")</c>.</summary>
    public static string Agree(bool feminine, string feminineWord, string masculineWord) => feminine ? feminineWord : masculineWord;
}
