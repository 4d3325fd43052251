namespace MetodPortal.Domain.Diagnostics;

/// <summary>How scores become deficits, and what changed between two diagnostics.</summary>
public static class DeficitRules
{
    /// <summary>A score strictly under the area's threshold is a deficit; a score equal to the threshold is not.</summary>
    public static bool IsDeficit(decimal score, decimal threshold) => score < threshold;

    public static string? ScoreError(decimal? score, decimal maxScore) => score switch
    {
        null => "Укажите балл.",
        < 0 => "Балл не может быть отрицательным.",
        _ when score > maxScore => $"Балл не может быть больше максимального "
            + $"({maxScore.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("ru-RU"))}).",
        _ when decimal.Round(score.Value, 2) != score => "Не больше двух знаков после запятой.",
        _ => null,
    };

    /// <summary>The areas whose scores fall under threshold.</summary>
    public static IEnumerable<int> ScoredDeficits(IEnumerable<InstrumentArea> areas, IReadOnlyDictionary<int, decimal> scores) =>
        areas.Where(a => scores.TryGetValue(a.CompetenceAreaId, out var s) && IsDeficit(s, a.Threshold)).Select(a => a.CompetenceAreaId);

    /// <summary>Compares an earlier and a later set of deficit areas: which were closed, which remain, which are new.</summary>
    public static DeficitChange Compare(IReadOnlyCollection<int> earlier, IReadOnlyCollection<int> later) =>
        new([.. earlier.Except(later)], [.. earlier.Intersect(later)], [.. later.Except(earlier)]);
}

public sealed record DeficitChange(IReadOnlyList<int> Closed, IReadOnlyList<int> Remaining, IReadOnlyList<int> New)
{
    /// <summary>Fewer deficits than before: what indicator 5 counts as «improved» for a head.</summary>
    public bool Improved => Remaining.Count + New.Count < Closed.Count + Remaining.Count;
}
