using System.Collections.Concurrent;
using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace MetodPortal.Domain;

/// <summary>The Russian name an enum member carries in its [Display] attribute (the member's own name if none).</summary>
public static class DisplayNames
{
    // Looked up once a value: a region-wide export names a position and a category on each of 25,000 rows.
    private static readonly ConcurrentDictionary<Enum, string> Names = new();

    public static string Of(Enum value) => Names.GetOrAdd(value, static v =>
        v.GetType().GetField(v.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? v.ToString());
}
