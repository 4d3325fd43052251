namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// A municipality's name in the genitive, as an act writes it after «кадров»: «город Хабаровск» → «города Хабаровска»,
/// «Амурский муниципальный район» → «Амурского муниципального района», «муниципальный район имени Лазо» →
/// «муниципального района имени Лазо». Covers the shapes of the region's names; anything else is left as it is.
/// </summary>
public static class Territory
{
    public static string Genitive(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var named = Array.IndexOf(words, "имени"); // what follows «имени» is already in the genitive
        return string.Join(' ', words.Select((word, i) =>
            named >= 0 && i >= named ? word : i > 0 && words[i - 1] == "город" ? CityName(word) : Word(word)));
    }

    private static string Word(string word) => word switch
    {
        "город" => "города",
        "район" => "района",
        "округ" => "округа",
        _ when word.EndsWith("ий", StringComparison.Ordinal) || word.EndsWith("ый", StringComparison.Ordinal) => word[..^2] + "ого",
        _ => word,
    };

    /// <summary>The city's own name, a masculine noun: Хабаровск → Хабаровска, Комсомольск-на-Амуре → Комсомольска-на-Амуре.</summary>
    private static string CityName(string name)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        var head = dash < 0 ? name : name[..dash];
        return head + "а" + (dash < 0 ? "" : name[dash..]);
    }
}
