using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
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
/// Writes an .xlsx workbook sheet by sheet straight into a zip opened for creation, so memory stays flat however many
/// rows there are. Each sheet has a bold frozen header row with an autofilter and fixed column widths.
/// </summary>
/// <remarks><para>
/// A sheet's cells are written with an <see cref="XmlWriter"/>, tag by tag: a region-wide export has half a million
/// cells, and the SDK's <see cref="OpenXmlWriter"/> (an element built and serialized per cell) took most of its time.
/// The workbook and styles parts, small and fixed, are the SDK's elements.
/// </para><para>
/// The package is put together here rather than by <see cref="SpreadsheetDocument"/>: the SDK opens its package
/// read-write, and .NET's ZipArchive then keeps every part uncompressed in memory until the end (dotnet/Open-XML-SDK
/// #807), while it refuses a write-only package.
/// </para></remarks>
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
    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
        var letters = columns.Select((_, i) => ColumnName(i)).ToArray();
        var rowCount = 1;
        using var stream = _zip.CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml").Open();
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument(standalone: true);
        xml.WriteStartElement("worksheet", MainNamespace);
        xml.WriteStartElement("sheetViews", MainNamespace);
        xml.WriteStartElement("sheetView", MainNamespace);
        xml.WriteAttributeString("tabSelected", _sheetNames.Count == 1 ? "1" : "0");
        xml.WriteAttributeString("workbookViewId", "0");
        xml.WriteStartElement("pane", MainNamespace);
        xml.WriteAttributeString("ySplit", "1");
        xml.WriteAttributeString("topLeftCell", "A2");
        xml.WriteAttributeString("activePane", "bottomLeft");
        xml.WriteAttributeString("state", "frozen");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();

        xml.WriteStartElement("cols", MainNamespace);
        for (var i = 0; i < columns.Count; i++)
        {
            xml.WriteStartElement("col", MainNamespace);
            xml.WriteAttributeString("min", Number(i + 1));
            xml.WriteAttributeString("max", Number(i + 1));
            xml.WriteAttributeString("width", columns[i].Width.ToString("R", CultureInfo.InvariantCulture));
            xml.WriteAttributeString("customWidth", "1");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();

        xml.WriteStartElement("sheetData", MainNamespace);
        WriteRow(xml, 1, columns.Select(c => (object?)c.Header).ToList(), columns, letters, header: true);
        foreach (var row in rows)
        {
            WriteRow(xml, ++rowCount, row, columns, letters, header: false);
        }

        xml.WriteEndElement();
        xml.WriteStartElement("autoFilter", MainNamespace);
        xml.WriteAttributeString("ref", $"A1:{letters[^1]}{Number(rowCount)}");
        xml.WriteEndElement();
        xml.WriteEndElement();
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

    private static void WriteRow(
        XmlWriter xml, int rowIndex, IReadOnlyList<object?> values, IReadOnlyList<XlsxColumn> columns, string[] letters, bool header)
    {
        var rowNumber = Number(rowIndex);
        xml.WriteStartElement("row", MainNamespace);
        xml.WriteAttributeString("r", rowNumber);
        for (var i = 0; i < values.Count && i < columns.Count; i++)
        {
            var reference = letters[i] + rowNumber;
            if (header)
            {
                TextCell(xml, reference, (string)values[i]!, HeaderStyle);
            }
            else
            {
                ValueCell(xml, reference, values[i], columns[i].Kind);
            }
        }

        xml.WriteEndElement();
    }

    private static void ValueCell(XmlWriter xml, string reference, object? value, XlsxKind kind)
    {
        switch (value)
        {
            case null:
                return;
            case string text:
                TextCell(xml, reference, text, 0);
                return;
            case bool flag:
                TextCell(xml, reference, flag ? "да" : "нет", 0);
                return;
            case DateOnly date:
                NumberCell(xml, reference, date.ToDateTime(TimeOnly.MinValue).ToOADate(), DateStyle);
                return;
            case DateTime moment:
                NumberCell(xml, reference, moment.ToOADate(), DateStyle);
                return;
            case int or long or double or decimal or float:
                NumberCell(xml, reference, Convert.ToDouble(value, CultureInfo.InvariantCulture), kind switch
                {
                    XlsxKind.Percent => PercentStyle,
                    XlsxKind.Integer => IntegerStyle,
                    XlsxKind.Number => NumberStyle,
                    _ => 0,
                });
                return;
            default:
                TextCell(xml, reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", 0);
                return;
        }
    }

    private static void TextCell(XmlWriter xml, string reference, string text, uint style)
    {
        StartCell(xml, reference, style);
        xml.WriteAttributeString("t", "inlineStr");
        xml.WriteStartElement("is", MainNamespace);
        xml.WriteStartElement("t", MainNamespace);
        xml.WriteAttributeString("xml", "space", null, "preserve");
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void NumberCell(XmlWriter xml, string reference, double number, uint style)
    {
        StartCell(xml, reference, style);
        xml.WriteElementString("v", MainNamespace, number.ToString("R", CultureInfo.InvariantCulture));
        xml.WriteEndElement();
    }

    private static void StartCell(XmlWriter xml, string reference, uint style)
    {
        xml.WriteStartElement("c", MainNamespace);
        xml.WriteAttributeString("r", reference);
        if (style != 0)
        {
            xml.WriteAttributeString("s", Number((int)style));
        }
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>XML 1.0 cannot hold most control characters; they are dropped rather than corrupting the file.</summary>
    private static string Clean(string text) =>
        text.AsSpan().ContainsAny(ControlCharacters) ? new string(text.Where(c => !ControlCharacters.Contains(c)).ToArray()) : text;

    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Select(c => (char)c).Where(c => c is not ('\t' or '\n' or '\r'))]);

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
