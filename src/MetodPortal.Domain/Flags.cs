namespace MetodPortal.Domain;

/// <summary>A [Flags] enum as the list of its single flags — a form's checkboxes — and back, and its Russian names.</summary>
public static class Flags<T>
    where T : struct, Enum
{
    /// <summary>Every single flag, in the enum's order («none» and combinations left out).</summary>
    public static readonly T[] Each = [.. Enum.GetValues<T>().Where(v => Bits(v) is var n && n != 0 && (n & (n - 1)) == 0)];

    public static List<T> Split(T flags) => [.. Each.Where(f => flags.HasFlag(f))];

    public static T Join(IEnumerable<T> flags) => (T)Enum.ToObject(typeof(T), flags.Aggregate(0UL, (all, f) => all | Bits(f)));

    /// <summary>Whether every posted value is one of the single flags.</summary>
    public static bool AreKnown(IEnumerable<T> flags) => flags.All(f => Each.Contains(f));

    /// <summary>The flags named in Russian, comma separated.</summary>
    public static string Names(T flags) => string.Join(", ", Split(flags).Select(f => DisplayNames.Of(f)));

    private static ulong Bits(T flag) => Convert.ToUInt64(flag, System.Globalization.CultureInfo.InvariantCulture);
}
