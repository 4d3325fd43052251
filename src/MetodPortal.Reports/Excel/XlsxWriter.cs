using System.Globalization;
using System.IO.Compression;
using System.Xml.Linq;
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
/// Writes an .xlsx workbook sheet by sheet with <see cref="OpenXmlWriter"/> (SAX) straight into a zip opened for
/// creation, so memory stays flat however many rows there are. Each sheet has a bold frozen header row with an
/// autofilter and fixed column widths.
/// </summary>
/// <remarks>
/// The package is put together here rather than by <see cref="SpreadsheetDocument"/>: the SDK opens its package
/// read-write, and .NET's ZipArchive then keeps every part uncompressed in memory until the end (dotnet/Open-XML-SDK
/// #807), while it refuses a write-only package.
/// </remarks>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>The media type a workbook is downloaded as.</summary>
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private const uint DateStyle = 1;
    private const uint PercentStyle = 2;
    private const uint HeaderStyle = 3;
    private const uint IntegerStyle = 4;
    private const uint NumberStyle = 5;
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string DocumentRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string SpreadsheetTypes = "application/vnd.openxmlformats-officedocument.spreadsheetml";

    private readonly ZipArchive _zip;
    private readonly List<string> _sheetNames = [];

    public XlsxWriter(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
    }

    /// <param name="rows">Values by column: string, int, long, double, decimal, DateOnly, DateTime, bool (written да/нет) or null.</param>
    public void AddSheet(string name, IReadOnlyList<XlsxColumn> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        _sheetNames.Add(SheetName(name));
        var rowCount = 1;
        using (var stream = _zip.CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml").Open())
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement(new Worksheet());
            writer.WriteStartElement(new SheetViews());
            writer.WriteStartElement(new SheetView { WorkbookViewId = 0, TabSelected = _sheetNames.Count == 1 });
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
    }

    /// <summary>The workbook, its styles and the package's content types and relationships, once every sheet is in.</summary>
    public void Dispose()
    {
        var sheets = new Sheets(_sheetNames.Select((name, i) => new Sheet { Name = name, SheetId = (uint)(i + 1), Id = $"rId{i + 1}" }));
        Part("xl/workbook.xml", new Workbook(sheets));
        Part("xl/styles.xml", Styles());
        Xml("xl/_rels/workbook.xml.rels", new XElement(XName.Get("Relationships", RelationshipNamespace),
        [
            .. _sheetNames.Select((_, i) => Relationship($"rId{i + 1}", "worksheet", $"worksheets/sheet{i + 1}.xml")),
            Relationship("rIdStyles", "styles", "styles.xml"),
        ]));
        Xml("_rels/.rels", new XElement(XName.Get("Relationships", RelationshipNamespace), Relationship("rId1", "officeDocument", "xl/workbook.xml")));
        XNamespace types = "http://schemas.openxmlformats.org/package/2006/content-types";
        Xml("[Content_Types].xml", new XElement(types + "Types",
        [
            new XElement(types + "Default", new XAttribute("Extension", "rels"),
                new XAttribute("ContentType", "application/vnd.openxmlformats-package.relationships+xml")),
            new XElement(types + "Default", new XAttribute("Extension", "xml"), new XAttribute("ContentType", "application/xml")),
            Override("/xl/workbook.xml", SpreadsheetTypes + ".sheet.main+xml"),
            Override("/xl/styles.xml", SpreadsheetTypes + ".styles+xml"),
            .. _sheetNames.Select((_, i) => Override($"/xl/worksheets/sheet{i + 1}.xml", SpreadsheetTypes + ".worksheet+xml")),
        ]));
        _zip.Dispose();

        XElement Override(string part, string type) => new(types + "Override", new XAttribute("PartName", part), new XAttribute("ContentType", type));
    }

    private static XElement Relationship(string id, string type, string target) =>
        new(XName.Get("Relationship", RelationshipNamespace), new XAttribute("Id", id), new XAttribute("Type", $"{DocumentRelationships}/{type}"),
            new XAttribute("Target", target));

    private void Part(string path, OpenXmlPartRootElement root)
    {
        using var stream = _zip.CreateEntry(path).Open();
        root.Save(stream);
    }

    private void Xml(string path, XElement root)
    {
        using var stream = _zip.CreateEntry(path).Open();
        new XDocument(new XDeclaration("1.0", "utf-8", "yes"), root).Save(stream);
    }

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
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
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
