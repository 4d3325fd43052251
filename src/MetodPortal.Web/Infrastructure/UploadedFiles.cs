namespace MetodPortal.Web.Infrastructure;

/// <summary>Reading an uploaded file kept in the database (ИОМ evidence, a practice's materials): its first bytes to check its kind, and
/// the whole of it, with a name that fits its column.</summary>
public static class UploadedFiles
{
    public const int MaxNameLength = 255;

    public static async Task<byte[]> HeadAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        var head = new byte[8];
        return head[..await stream.ReadAtLeastAsync(head, head.Length, throwOnEndOfStream: false, ct)];
    }

    public static async Task<byte[]> ContentAsync(IFormFile file, CancellationToken ct)
    {
        await using var stream = file.OpenReadStream();
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>An accepted file (its kind checked by <see cref="Domain.Routes.RouteRules.EvidenceError"/>) as it is stored: its name, its content
    /// type by the extension, and its bytes.</summary>
    public static async Task<(string Name, string Type, byte[] Content)> ReadAsync(IFormFile file, CancellationToken ct)
    {
        var name = NameOf(file);
        return (name, Domain.Routes.RouteRules.EvidenceTypes[Path.GetExtension(name)], await ContentAsync(file, ct));
    }

    /// <summary>The file's own name without any path, its tail kept when too long (the extension matters).</summary>
    public static string NameOf(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        return name.Length > MaxNameLength ? name[^MaxNameLength..] : name;
    }
}
