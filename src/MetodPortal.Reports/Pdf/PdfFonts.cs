using PdfSharp.Fonts;

namespace MetodPortal.Reports.Pdf;

/// <summary>
/// PDFsharp's process-wide set-up, done once: a font resolver that serves DejaVu Sans from the system's fonts (Debian's
/// fonts-dejavu-core), which covers Cyrillic. PDFsharp 6.2.4 is MIT and asks for no licence call.
/// </summary>
public static class PdfFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly object Gate = new();
    private static bool _ready;

    /// <returns>Always true (so a static field initializer can call it).</returns>
    public static bool Ensure()
    {
        lock (Gate)
        {
            if (!_ready)
            {
                _ = DejaVuResolver.PathOf("DejaVuSans");
                _ = DejaVuResolver.PathOf("DejaVuSans-Bold");
                GlobalFontSettings.FontResolver ??= new DejaVuResolver();
                _ready = true;
            }

            return true;
        }
    }

    private sealed class DejaVuResolver : IFontResolver
    {
        private static readonly string[] Folders = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/TTF", "/usr/share/fonts/dejavu",
            "/Library/Fonts", @"C:\Windows\Fonts"];

        public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) =>
            new(bold ? "DejaVuSans-Bold" : "DejaVuSans");

        public byte[] GetFont(string faceName) => File.ReadAllBytes(PathOf(faceName));

        public static string PathOf(string faceName) =>
            Folders.Select(f => Path.Combine(f, faceName + ".ttf")).FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"The font {faceName}.ttf was not found. Install the fonts-dejavu-core package.");
    }
}
