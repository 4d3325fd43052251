namespace MetodPortal.Web.Tests.Security;

/// <summary>The hostile values and the roles of the fuzz tests (what a web scanner sent, getting 7,659 answers of 500).</summary>
public static class Fuzz
{
    /// <summary>Zero, negative, huge, past int, not a number, a quote, NUL, other control characters, empty and very long.</summary>
    public static readonly string[] Hostile =
        ["0", "-1", "99999", "2147483648", "abc", "'", "\0", "a\u0001\u001f\u007fb", "", new string('я', 5000)];

    public static readonly string[] Roles = ["admin", "ministry", "cnppm", "coordinator", "methodist", "school", "teacher"];

    public static string Shown(string value) => value.Length > 20 ? $"«{value[..5]}…» ({value.Length} chars)"
        : $"«{value.Replace("\0", "\\0", StringComparison.Ordinal)}»";
}
