using System.Diagnostics;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;

namespace MetodPortal.Testing;

/// <summary>Reads a workbook back: every sheet's cells as text (numbers in invariant form), and the first sheet as LibreOffice reads it.</summary>
public static class XlsxSheets
{
    /// <summary>Sheet name → rows (header first) → cells by column letter order; empty cells are null.</summary>
    public static Dictionary<string, List<string?[]>> Read(byte[] xlsx)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(xlsx), false);
        var workbook = document.WorkbookPart!;
        var result = new Dictionary<string, List<string?[]>>();
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var rows = new List<string?[]>();
            foreach (var row in part.Worksheet.Descendants<Row>())
            {
                var cells = row.Elements<Cell>().ToList();
                var width = cells.Count == 0 ? 0 : cells.Max(c => Column(c.CellReference!)) + 1;
                var values = new string?[width];
                foreach (var cell in cells)
                {
                    values[Column(cell.CellReference!)] = cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.InnerText : cell.CellValue?.Text;
                }

                rows.Add(values);
            }

            result[sheet.Name!] = rows;
        }

        return result;
    }

    /// <summary>The first sheet converted by LibreOffice (headless) to CSV and parsed: proof another reader opens the file.</summary>
    public static List<string[]> LibreOfficeCsv(byte[] xlsx)
    {
        var dir = Directory.CreateTempSubdirectory("metodportal-lo-");
        try
        {
            var path = Path.Combine(dir.FullName, "report.xlsx");
            File.WriteAllBytes(path, xlsx);
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            using var process = Process.Start(new ProcessStartInfo("soffice",
                [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir.FullName, path])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            })!;
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "LibreOffice did not finish in 2 minutes");
            var csv = Path.Combine(dir.FullName, "report.csv");
            Assert.True(File.Exists(csv), "LibreOffice did not convert the workbook: " + process.StandardError.ReadToEnd());
            return [.. File.ReadAllLines(csv).Select(SplitCsv)];
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>One CSV line: comma-separated, fields in double quotes may hold commas and doubled quotes.</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static int Column(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (c - 'A' + 1);
        }

        return index - 1;
    }
}
