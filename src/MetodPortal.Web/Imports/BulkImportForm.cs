namespace MetodPortal.Web.Imports;

/// <summary>
/// The Excel half of a bulk entry page (<c>_BulkImport</c>): where the file goes with the page's fields, where its template is, and the
/// refusal of the last file (its errors row by row).
/// </summary>
public sealed record BulkImportForm(string Action, string Template, IReadOnlyDictionary<string, string> Fields, ImportResult? Refused);
