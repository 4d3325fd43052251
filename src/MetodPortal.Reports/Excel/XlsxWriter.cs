using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetodPortal.Reports.Excel;

/// <summary>How a column's values are written: text is always a string cell (so "=..." never becomes a formula).</summary>
public enum XlsxKind
{
    Text,
    Integer,
    Number,
    Percent,
    Date,
}

public sealed record XlsxColumn(string Header, XlsxKind Kind = XlsxKind.Text, double Width = 16);

/// <summary>
/// Writes an .xlsx workbook sheet by sheet with <see cref="OpenXmlWriter"/> (SAX), so memory stays flat however many
/// rows there are. Each sheet has a bold frozen header row with an autofilter and fixed column widths.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    private const uint DateStyle = 1;
    private const uint PercentStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint NumberStyle = 5;

    private readonly SpreadsheetDocument _document;
    private readonly Sheets _sheets;
    private uint _sheetId;

    public XlsxWriter(Stream output)
    {
        _document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = _document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        _sheets = workbook.Workbook.AppendChild(new Sheets());
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
    }

    /// <param name="rows">Values by column: string, int, long, double, decimal, DateOnly, DateTime, bool (written да/нет) or null.</param>
    public void AddSheet(string name, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var part = _document.WorkbookPart!.AddNewPart<WorksheetPart>();
        var rowCount = 1;
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = _sheetId == 0 });
            writer.WriteElement(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            writer.WriteEndElement();
            writer.WriteEndElement();

            writer.WriteStartElement(new Columns());
            for (var i = 0; i < columns.Count; i++)
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = columns[i].Width, CustomWidth = true });
            }

            writer.WriteEndElement();

            writer.WriteStartElement(new SheetData());
            WriteRow(writer, 1, columns.Select(c => (object?)c.Header).ToList(), columns, header: true);
            foreach (var row in rows)
            {
                WriteRow(writer, ++rowCount, row, columns, header: false);
            }

            writer.WriteEndElement();
            writer.WriteElement(new AutoFilter { Reference = $"A1:{ColumnName(columns.Count - 1)}{rowCount}" });
            writer.WriteEndElement();
        }

        _sheets.AppendChild(new Sheet { Id = _document.WorkbookPart.GetIdOfPart(part), SheetId = ++_sheetId, Name = SheetName(name) });
    }

    public void Dispose() => _document.Dispose();

    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }

        return name;
    }

    private static void WriteRow(OpenXmlWriter writer, int rowIndex, IReadOnlyList<object?> values, IReadOnlyList<XlsxColumn> columns, bool header)
    {
        writer.WriteStartElement(new Row { RowIndex = (uint)rowIndex });
        for (var i = 0; i < values.Count && i < columns.Count; i++)
        {
            var reference = ColumnName(i) + rowIndex.ToString(CultureInfo.InvariantCulture);
            var cell = header ? TextCell(reference, (string)values[i]!, HeaderStyle) : ValueCell(reference, values[i], columns[i].Kind);
            if (cell is not null)
            {
                writer.WriteElement(cell);
            }
        }

        writer.WriteEndElement();
    }

    private static Cell? ValueCell(string reference, object? value, XlsxKind kind) => value switch
    {
        null => null,
        string text => TextCell(reference, text, 0),
        bool flag => TextCell(reference, flag ? "да" : "нет", 0),
        DateOnly date => NumberCell(reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle),
        DateTime moment => NumberCell(reference, moment.ToOADate(), DateStyle),
        int or long or double or decimal or float => NumberCell(reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), kind switch
        {
            XlsxKind.Percent => PercentStyle,
            XlsxKind.Integer => IntegerStyle,
            XlsxKind.Number => NumberStyle,
            _ => 0,
        }),
        _ => TextCell(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0),
    };

    private static Cell TextCell(string reference, string text, uint style) =>
        new(new InlineString(new Text(Clean(text)) { Space = SpaceProcessingModeValues.Preserve }))
        {
            CellReference = reference, DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style,
        };

    private static Cell NumberCell(string reference, double number, uint style) =>
        new(new CellValue(number.ToString("R", CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = style == 0 ? null : style };

    /// <summary>XML 1.0 cannot hold most control characters; they are dropped rather than corrupting the file.</summary>
    private static string Clean(string text) =>
        text.Any(c => c < 0x20 && c is not ('\t' or '\n' or '\r')) ? new string(text.Where(c => c >= 0x20 || c is '\t' or '\n' or '\r').ToArray()) : text;

    /// <summary>Excel sheet names: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c, StringComparison.Ordinal) < 0).ToArray());
        return clean.Length > 31 ? clean[..31] : clean;
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164, FormatCode = "dd.mm.yyyy" },
            new NumberingFormat { NumberFormatId = 165, FormatCode = "0.0%" })
        { Count = 2 },
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellFormats(
            new CellFormat(),
            new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 165, ApplyNumberFormat = true },
            new CellFormat { FontId = 1, ApplyFont = true, Alignment = new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } },
            new CellFormat { NumberFormatId = 1, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 2, ApplyNumberFormat = true })
        { Count = 6 });
}
