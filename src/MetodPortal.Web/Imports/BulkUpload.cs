using System.Security.Claims;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Imports;

/// <summary>The Excel half of a bulk entry: the file checked (<see cref="Uploads"/>), then read with the waiting page told how far it got.</summary>
public static class BulkUpload
{
    /// <returns>Null when <paramref name="read"/> found the record not in the user's scope.</returns>
    public static async Task<ImportResult?> RunAsync(
        IFormFile? file, WorkProgress progress, ClaimsPrincipal user, string? ticket, Func<Stream, IProgress<WorkStep>, Task<ImportResult?>> read)
    {
        if (Uploads.Error(file) is { } error)
        {
            return ImportResult.Failed(error);
        }

        using var tracker = progress.Start(user, ticket);
        await using var stream = file!.OpenReadStream();
        return await read(stream, tracker);
    }
}
