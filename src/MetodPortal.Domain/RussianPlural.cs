namespace MetodPortal.Domain;

/// <summary>The Russian form of a noun after a number: «1 день, 2 дня, 5 дней, 11 дней, 21 день».</summary>
public static class RussianPlural
{
    public static string Of(int number, string one, string few, string many)
    {
        var lastTwo = Math.Abs(number) % 100;
        var last = lastTwo % 10;
        return lastTwo is >= 11 and <= 14 ? many : last == 1 ? one : last is >= 2 and <= 4 ? few : many;
    }

    /// <summary>The number with its noun: <c>Count(3, "день", "дня", "дней")</c> is «3 дня».</summary>
    public static string Count(int number, string one, string few, string many) =>
        $"{number.ToString(System.Globalization.CultureInfo.InvariantCulture)} {Of(number, one, few, many)}";
}
