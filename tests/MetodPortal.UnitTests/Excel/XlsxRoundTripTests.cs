using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using MetodPortal.Reports.Excel;

namespace MetodPortal.UnitTests.Excel;

public sealed class XlsxRoundTripTests
{
    private static readonly XlsxColumn[] Columns = [new("Текст"), new("Число", XlsxKind.Integer), new("Дата", XlsxKind.Date), new("Доля", XlsxKind.Percent)];

    private static MemoryStream Write(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Лист", Columns, rows);
        }

        stream.Position = 0;
        return stream;
    }

    [Fact]
    public void WrittenValuesReadBack()
    {
        using var file = Write([["Иванова", 42, new DateOnly(2026, 11, 21), 0.125], [null, null, null, null], ["=HYPERLINK(\"x\")", 1, null, 1.0]]);
        var rows = XlsxReader.ReadFirstSheet(file, 100);

        Assert.Equal("Текст,Число,Дата,Доля", string.Join(",", rows[0].Cells));
        Assert.Equal("Иванова", rows[1].Cells[0]);
        Assert.Equal("42", rows[1].Cells[1]);
        Assert.Equal(new DateOnly(2026, 11, 21),
            DateOnly.FromDateTime(DateTime.FromOADate(double.Parse(rows[1].Cells[2]!, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal(3, rows.Count); // the empty row is skipped
        Assert.Equal(4, rows[2].Row);
    }

    [Fact]
    public void TextThatLooksLikeAFormulaStaysText()
    {
        using var file = Write([["=1+1", 0, null, null], ["+7", 0, null, null], ["-5", 0, null, null], ["@SUM(A1)", 0, null, null]]);
        using var document = SpreadsheetDocument.Open(file, false);
        var cells = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Cell>().ToList();

        Assert.DoesNotContain(cells, c => c.CellFormula is not null);
        Assert.Contains(cells, c => c.InnerText == "=1+1");
    }

    [Fact]
    public void TheFileIsValidOpenXml()
    {
        using var file = Write([["Строка", 1, new DateOnly(2026, 1, 1), 0.5]]);
        using var document = SpreadsheetDocument.Open(file, false);

        Assert.Empty(new OpenXmlValidator().Validate(document));
    }

    [Fact]
    public void ReaderRefusesWhatIsNotAWorkbook()
    {
        using var text = new MemoryStream("Фамилия;Имя\nИванов;Иван"u8.ToArray());
        Assert.Contains("не является книгой Excel", Assert.Throws<XlsxFileException>(() => XlsxReader.ReadFirstSheet(text, 100)).Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ReaderStopsAtTheRowLimit()
    {
        using var file = Write(Enumerable.Range(0, 11).Select(i => (IReadOnlyList<object?>)[$"r{i}", i, null, null]));
        Assert.Contains("больше 10", Assert.Throws<XlsxFileException>(() => XlsxReader.ReadFirstSheet(file, 10)).Message, StringComparison.Ordinal);
        file.Position = 0;
        Assert.Equal(12, XlsxReader.ReadFirstSheet(file, 11).Count);
    }
}
