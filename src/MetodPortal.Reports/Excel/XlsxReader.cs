using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace MetodPortal.Reports.Excel;

/// <summary>A file that cannot be read as a plain .xlsx workbook; <see cref="Exception.Message"/> is for the user (Russian).</summary>
public sealed class XlsxFileException(string message) : Exception(message);

/// <summary>
/// Reads the first worksheet of an uploaded .xlsx as rows of cell texts, streaming (SAX). It refuses what is not a
/// plain workbook (another format, a macro-enabled book), an archive that would unpack to more than
/// <see cref="MaxUnpackedBytes"/> (a zip bomb), and more data rows than asked for.
/// </summary>
public static class XlsxReader
{
    public const long MaxUnpackedBytes = 300L * 1024 * 1024;

    /// <param name="maxRows">Data rows allowed after the header; one more is an error.</param>
    /// <param name="rowsRead">Told the count of rows read so far, after each row (for a page that shows the import's progress).</param>
    /// <returns>Row number (1-based, as Excel shows it) and cell texts by column index; numbers in invariant form.</returns>
    public static List<(int Row, string?[] Cells)> ReadFirstSheet(Stream input, int maxRows, IProgress<int>? rowsRead = null)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        CheckArchive(buffer);
        buffer.Position = 0;

        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(buffer, false);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FileFormatException or IOException or ArgumentException
            or System.Xml.XmlException)
        {
            throw new XlsxFileException("Файл не является книгой Excel (.xlsx). Сохраните его в Excel как «Книга Excel (*.xlsx)» и загрузите снова.");
        }

        // A part with a DTD (entities, the billion-laughs kind) or other malformed XML is refused like any unreadable file.
        try
        {
            using (document)
            {
                if (document.DocumentType != SpreadsheetDocumentType.Workbook)
                {
                    throw new XlsxFileException("Книги с макросами и шаблоны не принимаются: сохраните файл как обычную «Книгу Excel (*.xlsx)».");
                }

                var workbook = document.WorkbookPart ?? throw new XlsxFileException("В файле нет ни одного листа.");
                var firstSheet = workbook.Workbook?.Sheets?.Elements<Sheet>().FirstOrDefault();
                if (firstSheet?.Id?.Value is not { } sheetId || workbook.GetPartById(sheetId) is not WorksheetPart sheet)
                {
                    throw new XlsxFileException("В файле нет ни одного листа.");
                }

                var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
                return ReadRows(sheet, shared, maxRows, rowsRead);
            }
        }
        catch (System.Xml.XmlException)
        {
            throw new XlsxFileException("Файл повреждён или содержит недопустимую разметку (например, определения DTD). Сохраните его в Excel как "
                + "«Книга Excel (*.xlsx)» и загрузите снова.");
        }
    }

    private static List<(int, string?[])> ReadRows(WorksheetPart sheet, string[] shared, int maxRows, IProgress<int>? rowsRead)
    {
        var rows = new List<(int, string?[])>();
        using var reader = OpenXmlReader.Create(sheet);
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }

            var row = (Row)reader.LoadCurrentElement()!;
            rowNumber = (int?)row.RowIndex?.Value ?? rowNumber + 1;
            var cells = new List<string?>();
            var next = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var index = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : next;
                while (cells.Count < index)
                {
                    cells.Add(null);
                }

                cells.Add(Text(cell, shared));
                next = index + 1;
            }

            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (rows.Count > maxRows)
            {
                throw new XlsxFileException(string.Create(CultureInfo.GetCultureInfo("ru-RU"),
                    $"В файле больше {maxRows:N0} строк данных. Разделите его на части."));
            }

            rows.Add((rowNumber, cells.ToArray()));
            rowsRead?.Report(rows.Count);
        }

        return rows;
    }

    private static string? Text(Cell cell, string[] shared)
    {
        var raw = cell.CellValue?.Text;
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : null;
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText;
        }

        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return raw == "1" ? "да" : "нет";
        }

        return raw;
    }

    /// <summary>"C12" → 2.</summary>
    private static int ColumnIndex(string reference)
    {
        var index = 0;
        foreach (var c in reference.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }

    /// <summary>Refuses archives that declare more unpacked bytes than a staff list could need, before anything is inflated.</summary>
    private static void CheckArchive(MemoryStream buffer)
    {
        buffer.Position = 0;
        try
        {
            using var zip = new ZipArchive(buffer, ZipArchiveMode.Read, leaveOpen: true);
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > MaxUnpackedBytes || (entry.CompressedLength > 0 && entry.Length / entry.CompressedLength > 200 && entry.Length > 10_000_000))
                {
                    throw new XlsxFileException("Файл распаковывается в слишком большой объём и не может быть обработан.");
                }
            }
        }
        catch (InvalidDataException)
        {
            throw new XlsxFileException("Файл не является книгой Excel (.xlsx). Сохраните его в Excel как «Книга Excel (*.xlsx)» и загрузите снова.");
        }
    }
}
