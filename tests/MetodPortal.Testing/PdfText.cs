using System.Diagnostics;
using Xunit;

namespace MetodPortal.Testing;

/// <summary>Reads a PDF back as text with pdftotext -raw (content order, so a wrapped table cell reads as one phrase; poppler-utils, installed by
/// test.sh), whitespace collapsed to single spaces.</summary>
public static class PdfText
{
    public static string Of(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"metodportal-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-raw", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Renders every page with pdftoppm (40 dpi, greyscale) and returns each page's share of dark pixels: a page that
    /// renders has some ink, a blank or broken one none.
    /// </summary>
    public static IReadOnlyList<double> InkPerPage(byte[] pdf)
    {
        var dir = Path.Combine(Path.GetTempPath(), $"metodportal-pages-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            var path = Path.Combine(dir, "document.pdf");
            File.WriteAllBytes(path, pdf);
            using (var process = Process.Start(new ProcessStartInfo("pdftoppm",
                ["-r", "40", "-gray", path, Path.Combine(dir, "page")]) { RedirectStandardError = true })!)
            {
                process.WaitForExit();
                Assert.Equal(0, process.ExitCode);
            }

            return [.. Directory.GetFiles(dir, "page*.pgm").Order(StringComparer.Ordinal).Select(f => DarkShare(File.ReadAllBytes(f)))];
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The share of pixels darker than mid-grey in a binary PGM (P5 width height 255, then one byte a pixel).</summary>
    private static double DarkShare(byte[] pgm)
    {
        var (fields, at) = (0, 0);
        while (fields < 4)
        {
            while (char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            while (!char.IsWhiteSpace((char)pgm[at]))
            {
                at++;
            }

            fields++;
        }

        var pixels = pgm.AsSpan(at + 1);
        var dark = 0;
        foreach (var p in pixels)
        {
            dark += p < 128 ? 1 : 0;
        }

        return (double)dark / pixels.Length;
    }
}
