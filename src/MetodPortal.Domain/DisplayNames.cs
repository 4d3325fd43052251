using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace MetodPortal.Domain;

/// <summary>The Russian name an enum member carries in its [Display] attribute (the member's own name if none).</summary>
public static class DisplayNames
{
    public static string Of(Enum value) =>
        value.GetType().GetField(value.ToString())?.GetCustomAttribute<DisplayAttribute>()?.GetName() ?? value.ToString();
}
