using MetodPortal.Data;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Routes.UseCases;

/// <summary>What reporting an item posts: a note, an evidence file, or both.</summary>
public sealed class ReportItemForm
{
    public string? Note { get; set; }
    public IFormFile? File { get; set; }
}

/// <summary>
/// Reporting an ИОМ item done (<see cref="IndividualRoute.ReportItem"/>) with a note, a file of evidence, or both:
/// the file's type and size are checked on its first bytes before it is read whole, and it is kept in the database.
/// </summary>
public sealed class ReportRouteItem(PortalDbContext db, TimeProvider clock)
{
    public const int MaxNote = 2000;

    public async Task<Outcome> HandleAsync(int id, int itemId, string? note, IFormFile? file, int? userId, CancellationToken ct)
    {
        var route = await RouteStep.LoadAsync(db, id, ct);
        var item = route?.Items.FirstOrDefault(i => i.Id == itemId);
        if (route is null || item is null)
        {
            return Outcome.NotFound;
        }

        var sent = file is { Length: > 0 } ? file : null;
        var refusal = RouteRules.ReportError(route, item, note, sent is not null)
            ?? (note?.Trim().Length > MaxNote ? $"Текст — не длиннее {MaxNote} символов." : null)
            ?? (sent is null ? null : RouteRules.EvidenceError(sent.FileName, sent.Length, await UploadedFiles.HeadAsync(sent, ct)));
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        var evidence = sent is null ? null : await EvidenceAsync(sent, userId, ct);
        if (route.ReportItem(item, note, clock.Today(), evidence) is { } refused)
        {
            return Outcome.Refused(refused);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Пункт отмечен выполненным. Тьютор подтвердит его.");
    }

    private async Task<RouteEvidence> EvidenceAsync(IFormFile file, int? userId, CancellationToken ct)
    {
        var (name, type, content) = await UploadedFiles.ReadAsync(file, ct);
        return new RouteEvidence
        {
            FileName = name, ContentType = type, Size = content.Length, Content = content, UploadedAt = clock.GetUtcNow(), UploadedByUserId = userId,
        };
    }
}
