using MetodPortal.Reports.Excel;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Infrastructure;

/// <summary>The answer of an Excel download: sheets written by <see cref="XlsxWriter"/> as their rows are read and sent under the file name.</summary>
public static class XlsxResults
{
    public static FileStreamResult Xlsx(
        this ControllerBase controller, string fileName, string sheet, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        controller.Xlsx(fileName, [(sheet, columns, rows)]);

    /// <summary>A workbook of several sheets, in order.</summary>
    public static FileStreamResult Xlsx(this ControllerBase controller, string fileName, IEnumerable<XlsxSheet> sheets) =>
        controller.Xlsx(fileName, sheets.Select(s => (s.Name, s.Columns, s.Rows)));

    /// <summary>A workbook of several sheets, in order.</summary>
    public static FileStreamResult Xlsx(
        this ControllerBase controller, string fileName,
        IEnumerable<(string Sheet, IReadOnlyList<XlsxColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows)> sheets)
    {
        // A temporary file rather than memory: a region-wide list stays flat however long it is; closing the download deletes it.
        var stream = new FileStream(Path.Combine(Path.GetTempPath(), $"metodportal-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew, FileAccess.ReadWrite,
            FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        using (var writer = new XlsxWriter(stream))
        {
            foreach (var (sheet, columns, rows) in sheets)
            {
                writer.AddSheet(sheet, columns, rows);
            }
        }

        stream.Position = 0;
        return controller.File(stream, XlsxWriter.ContentType, fileName);
    }
}

/// <summary>One sheet of a download: its name, columns and rows (read as the sheet is written).</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<XlsxColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows);
