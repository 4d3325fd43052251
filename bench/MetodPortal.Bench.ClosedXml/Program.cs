// Writes the benchmark workbook (XlsxRows) with ClosedXML and prints «seconds;MiB;bytes»; run by `MetodPortal.Bench -- xlsx`.
//   dotnet bench/MetodPortal.Bench.ClosedXml/bin/Release/net10.0/MetodPortal.Bench.ClosedXml.dll [--adjust]
using ClosedXML.Excel;
using MetodPortal.Bench;

var adjust = args.Contains("--adjust"); // AdjustToContents: needs libgdiplus, and minutes (measured 138 s, 2.4 GB)
XlsxRows.MeasureAndPrint(path =>
{
    using var workbook = new XLWorkbook();
    var sheet = workbook.Worksheets.Add("Сотрудники");
    for (var c = 0; c < XlsxRows.Headers.Length; c++)
    {
        sheet.Cell(1, c + 1).Value = XlsxRows.Headers[c];
    }

    var r = 2;
    foreach (var row in XlsxRows.Rows())
    {
        for (var c = 0; c < row.Length; c++)
        {
            var cell = sheet.Cell(r, c + 1);
            switch (row[c])
            {
                case DateOnly date:
                    cell.Value = date.ToDateTime(TimeOnly.MinValue);
                    cell.Style.DateFormat.Format = "dd.MM.yyyy";
                    break;
                case int number:
                    cell.Value = number;
                    break;
                default:
                    cell.SetValue(row[c] as string ?? "");
                    break;
            }
        }

        r++;
    }

    sheet.Row(1).Style.Font.Bold = true;
    sheet.SheetView.FreezeRows(1);
    sheet.RangeUsed()!.SetAutoFilter();
    if (adjust)
    {
        sheet.Columns().AdjustToContents();
    }

    workbook.SaveAs(path);
});
