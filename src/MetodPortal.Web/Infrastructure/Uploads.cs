namespace MetodPortal.Web.Infrastructure;

/// <summary>The limits of an uploaded .xlsx on the import pages of one organization, and the message for a file that breaks them.</summary>
public static class Uploads
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The request may be a little larger than the file (multipart framing, other fields): a file just over
    /// <see cref="MaxBytes"/> reaches the action and is refused beside the form; a much larger one is refused with 413
    /// before it is read.
    /// </summary>
    public const long RequestLimit = 16 * 1024 * 1024;

    public static string? Error(IFormFile? file) => file switch
    {
        null or { Length: 0 } => "Выберите файл .xlsx для загрузки.",
        { Length: > MaxBytes } => "Файл больше 10 МБ.",
        _ => null,
    };
}
