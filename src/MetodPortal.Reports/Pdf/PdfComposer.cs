using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace MetodPortal.Reports.Pdf;

public sealed record PdfColumn(string Header, double Share);

/// <summary>One bar of a chart: a value in percent (none: nothing to count), its threshold, and whether it is met.</summary>
public sealed record PdfBar(string Label, double? Percent, double Threshold, bool Meets);

/// <summary>
/// Lays out an A4 document top to bottom: headings, wrapped paragraphs, label–value fields, tables whose header row
/// repeats on every page and whose long cells wrap, signature lines, and «стр. N из M» at the foot of every page.
/// </summary>
public sealed class PdfComposer : IDisposable
{
    private const double Margin = 42;
    private const double FooterSpace = 24;
    private const double CellPadding = 3;

    // Static fields initialize in textual order: the licence and the font resolver must be in place before the first XFont.
    private static readonly bool Ready = PdfFonts.Ensure();

    private static readonly XFont Body = new(PdfFonts.Family, 9.5, XFontStyleEx.Regular);
    private static readonly XFont Bold = new(PdfFonts.Family, 9.5, XFontStyleEx.Bold);
    private static readonly XFont Small = new(PdfFonts.Family, 8, XFontStyleEx.Regular);
    private static readonly XFont SmallBold = new(PdfFonts.Family, 8, XFontStyleEx.Bold);
    private static readonly XFont Heading1 = new(PdfFonts.Family, 13, XFontStyleEx.Bold);
    private static readonly XFont Heading2 = new(PdfFonts.Family, 10.5, XFontStyleEx.Bold);
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(235, 238, 242));

    private readonly PdfDocument _document;
    private PdfPage _page = null!;
    private XGraphics _gfx = null!;
    private double _y;

    public PdfComposer(string title, string author)
    {
        _ = Ready;
        _document = new PdfDocument();
        _document.Info.Title = title;
        _document.Info.Author = author;
        _document.Info.Creator = "МетодПортал";
        NewPage();
    }

    private double Width => _page.Width.Point - (2 * Margin);

    private double Bottom => _page.Height.Point - Margin - FooterSpace;

    public void Title(string text) => Paragraph(text, Heading1, XStringAlignment.Center, after: 8);

    public void Heading(string text)
    {
        EnsureRoom(40);
        Paragraph(text, Heading2, after: 4, before: 6);
    }

    public void Text(string text, bool bold = false) => Paragraph(text, bold ? Bold : Body, after: 3);

    public void Note(string text) => Paragraph(text, Small, after: 3);

    public void Space(double points) => _y += points;

    /// <summary>Label–value pairs in two columns (a third of the width for the label).</summary>
    public void Fields(IEnumerable<(string Label, string Value)> fields)
    {
        var labelWidth = Width / 3;
        foreach (var (label, value) in fields)
        {
            var labelLines = Wrap(label, Bold, labelWidth - 6);
            var valueLines = Wrap(value, Body, Width - labelWidth);
            var height = Math.Max(labelLines.Count, valueLines.Count) * LineHeight(Body);
            EnsureRoom(height);
            DrawLines(labelLines, Bold, Margin, _y, labelWidth - 6, XStringAlignment.Near);
            DrawLines(valueLines, Body, Margin + labelWidth, _y, Width - labelWidth, XStringAlignment.Near);
            _y += height + 2;
        }

        _y += 4;
    }

    /// <summary>A bordered table; shares of the width per column. The header row is drawn again at the top of each new page.</summary>
    public void Table(IReadOnlyList<PdfColumn> columns, IEnumerable<IReadOnlyList<string>> rows)
    {
        var total = columns.Sum(c => c.Share);
        var widths = columns.Select(c => Width * c.Share / total).ToArray();
        var header = columns.Select(c => c.Header).ToList();
        DrawRow(header, widths, SmallBold, HeaderFill, ensure: LineHeight(Small) * 4);
        foreach (var row in rows)
        {
            var height = RowHeight(row, widths, Small);
            if (_y + height > Bottom)
            {
                NewPage();
                DrawRow(header, widths, SmallBold, HeaderFill, ensure: 0);
            }

            DrawRow(row, widths, Small, null, ensure: 0);
        }

        _y += 8;
    }

    /// <summary>
    /// Horizontal bars on a 0–100 % scale with each bar's threshold as a dark mark: green when met, red when not, grey
    /// when there is nothing to count. The value is written at the end of the bar.
    /// </summary>
    public void BarChart(IReadOnlyList<PdfBar> bars)
    {
        const double rowHeight = 17, barHeight = 10;
        var labelWidth = Width * 0.4;
        var scale = Width * 0.47;
        EnsureRoom((bars.Count * rowHeight) + 16);
        var left = Margin + labelWidth;
        foreach (var tick in new[] { 0, 25, 50, 75, 100 })
        {
            var x = left + (scale * tick / 100);
            _gfx.DrawLine(XPens.LightGray, x, _y + 10, x, _y + 12 + (bars.Count * rowHeight));
            _gfx.DrawString(string.Create(CultureInfo.InvariantCulture, $"{tick} %"), Small, XBrushes.Gray, new XRect(x - 20, _y, 40, 10),
                XStringFormats.TopCenter);
        }

        _y += 12;
        foreach (var bar in bars)
        {
            var label = Wrap(bar.Label, Small, labelWidth - 8)[0];
            _gfx.DrawString(label, Small, XBrushes.Black, new XRect(Margin, _y + 3, labelWidth - 8, rowHeight), XStringFormats.TopLeft);
            var value = Math.Clamp(bar.Percent ?? 0, 0, 100);
            var color = bar.Percent is null ? XColors.DarkGray : bar.Meets ? XColor.FromArgb(25, 135, 84) : XColor.FromArgb(220, 53, 69);
            _gfx.DrawRectangle(new XSolidBrush(color), left, _y + 3, scale * value / 100, barHeight);
            var mark = left + (scale * Math.Clamp(bar.Threshold, 0, 100) / 100);
            _gfx.DrawLine(new XPen(XColors.Black, 1.5), mark, _y + 1, mark, _y + 3 + barHeight + 2);
            var text = bar.Percent is { } p ? p.ToString("0.0", CultureInfo.GetCultureInfo("ru-RU")) + " %" : "—";
            _gfx.DrawString(text, Small, XBrushes.Black, new XRect(left + (scale * Math.Max(value, bar.Threshold) / 100) + 4, _y + 3, 60, rowHeight),
                XStringFormats.TopLeft);
            _y += rowHeight;
        }

        _y += 8;
    }

    /// <summary>«label ______________ / ______________ /» with a caption under each blank.</summary>
    public void Signature(string label, string name)
    {
        EnsureRoom(40);
        _y += 14;
        var labelWidth = Width * 0.42;
        DrawLines(Wrap(label, Body, labelWidth - 6), Body, Margin, _y, labelWidth - 6, XStringAlignment.Near);
        var lineY = _y + LineHeight(Body);
        var signX = Margin + labelWidth;
        _gfx.DrawLine(XPens.Black, signX, lineY, signX + 110, lineY);
        _gfx.DrawString("(подпись)", Small, XBrushes.Gray, new XRect(signX, lineY + 1, 110, 10), XStringFormats.TopCenter);
        _gfx.DrawString(name, Body, XBrushes.Black, new XRect(signX + 125, _y, Width - labelWidth - 125, LineHeight(Body)), XStringFormats.TopLeft);
        _gfx.DrawLine(XPens.Black, signX + 125, lineY, Margin + Width, lineY);
        _gfx.DrawString("(расшифровка подписи)", Small, XBrushes.Gray, new XRect(signX + 125, lineY + 1, Width - labelWidth - 125, 10),
            XStringFormats.TopCenter);
        _y = lineY + 16;
    }

    /// <summary>Numbers the pages and returns the finished PDF.</summary>
    public byte[] ToArray()
    {
        _gfx.Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"стр. {i + 1} из {count}");
            gfx.DrawString(text, Small, XBrushes.Gray, new XRect(Margin, page.Height.Point - Margin, page.Width.Point - (2 * Margin), 12),
                XStringFormats.TopRight);
        }

        using var stream = new MemoryStream();
        _document.Save(stream, false);
        return stream.ToArray();
    }

    public void Dispose()
    {
        _gfx.Dispose();
        _document.Dispose();
    }

    private void NewPage()
    {
        _gfx?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _gfx = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    private void EnsureRoom(double height)
    {
        if (_y + height > Bottom)
        {
            NewPage();
        }
    }

    private void Paragraph(string text, XFont font, XStringAlignment alignment = XStringAlignment.Near, double after = 0, double before = 0)
    {
        _y += before;
        foreach (var line in Wrap(text, font, Width))
        {
            EnsureRoom(LineHeight(font));
            DrawLines([line], font, Margin, _y, Width, alignment);
            _y += LineHeight(font);
        }

        _y += after;
    }

    private void DrawRow(IReadOnlyList<string> cells, double[] widths, XFont font, XBrush? fill, double ensure)
    {
        var height = RowHeight(cells, widths, font);
        EnsureRoom(Math.Max(height, ensure));
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var rect = new XRect(x, _y, widths[i], height);
            if (fill is not null)
            {
                _gfx.DrawRectangle(fill, rect);
            }

            _gfx.DrawRectangle(XPens.DarkGray, rect);
            var text = i < cells.Count ? cells[i] : "";
            DrawLines(Wrap(text, font, widths[i] - (2 * CellPadding)), font, x + CellPadding, _y + CellPadding, widths[i] - (2 * CellPadding),
                XStringAlignment.Near);
            x += widths[i];
        }

        _y += height;
    }

    private double RowHeight(IReadOnlyList<string> cells, double[] widths, XFont font) =>
        (widths.Select((w, i) => Wrap(i < cells.Count ? cells[i] : "", font, w - (2 * CellPadding)).Count).Max() * LineHeight(font)) + (2 * CellPadding);

    private void DrawLines(IReadOnlyList<string> lines, XFont font, double x, double y, double width, XStringAlignment alignment)
    {
        var format = alignment == XStringAlignment.Center ? XStringFormats.TopCenter : XStringFormats.TopLeft;
        foreach (var line in lines)
        {
            _gfx.DrawString(line, font, XBrushes.Black, new XRect(x, y, width, LineHeight(font)), format);
            y += LineHeight(font);
        }
    }

    private static double LineHeight(XFont font) => font.Size * 1.3;

    /// <summary>Breaks text into lines that fit the width: at spaces, and inside a word longer than a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (_gfx.MeasureString(candidate, font).Width <= width)
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (line.Length > 1 && _gfx.MeasureString(line, font).Width > width)
                {
                    var fit = line.Length - 1;
                    while (fit > 1 && _gfx.MeasureString(line[..fit], font).Width > width)
                    {
                        fit--;
                    }

                    lines.Add(line[..fit]);
                    line = line[fit..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }
}
