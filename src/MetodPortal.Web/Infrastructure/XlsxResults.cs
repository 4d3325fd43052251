using MetodPortal.Reports.Excel;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Infrastructure;

/// <summary>The answer of an Excel download: one sheet written by <see cref="XlsxWriter"/> into memory and sent under its file name.</summary>
public static class XlsxResults
{
    public static FileStreamResult Xlsx(
        this ControllerBase controller, string fileName, string sheet, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows) =>
        controller.Xlsx(fileName, [(sheet, columns, rows)]);

    /// <summary>A workbook of several sheets, in order.</summary>
    public static FileStreamResult Xlsx(
        this ControllerBase controller, string fileName,
        IEnumerable<(string Sheet, IReadOnlyList<XlsxColumn> Columns, IEnumerable<IReadOnlyList<object?>> Rows)> sheets)
    {
        var stream = new MemoryStream();
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
