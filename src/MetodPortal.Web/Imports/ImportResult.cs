namespace MetodPortal.Web.Imports;

/// <summary>What an import answers: the errors row by row (nothing was written), or what it wrote.</summary>
/// <param name="Matched">Of the added rows, those whose person was already in the region's registry (employed elsewhere).</param>
public sealed record ImportResult(IReadOnlyList<ImportError> Errors, int Added, int Updated, int Unchanged = 0, int Matched = 0)
{
    public bool Succeeded => Errors.Count == 0;

    /// <summary>The file refused as a whole, with one message.</summary>
    public static ImportResult Failed(string message) => new([new ImportError(0, "", message)], 0, 0);

    /// <summary>The file refused for its rows' errors, in row order.</summary>
    public static ImportResult Refused(IEnumerable<ImportError> errors) => new([.. errors.OrderBy(e => e.Row)], 0, 0);
}
