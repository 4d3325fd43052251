using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Writes who read whose personal data (152-ФЗ) — a card, a diagnostic, an ИОМ or its PDF, an evidence file, a
/// staff export, the people behind an indicator — into <c>access_records</c>, apart from the change audit. One
/// insert per read, in its own save: the page has already loaded everything it shows through the scoped context.
/// </summary>
public sealed class AccessLog(PortalDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>A read of one person's data.</summary>
    public Task PersonAsync(AccessKind kind, int educatorId, int regionId, string? subject, CancellationToken ct) =>
        WriteAsync(kind, educatorId, regionId, subject, ct);

    /// <summary>A read of a list of people: the subject is the address with its filter.</summary>
    public Task ListAsync(AccessKind kind, CancellationToken ct)
    {
        var request = http.HttpContext?.Request;
        return WriteAsync(kind, null, db.CurrentUser.Scope.RegionId, request is null ? null : $"{request.Path}{request.QueryString}", ct);
    }

    private async Task WriteAsync(AccessKind kind, int? educatorId, int? regionId, string? subject, CancellationToken ct)
    {
        var user = db.CurrentUser;
        db.AccessRecords.Add(new AccessRecord
        {
            At = clock.GetUtcNow(),
            UserId = user.UserId,
            UserName = FormText.Cut(user.UserName, 256),
            RegionId = regionId,
            EducatorId = educatorId,
            Kind = kind,
            Subject = FormText.Cut(subject, 1000),
            Address = FormText.Cut(http.HttpContext?.Connection.RemoteIpAddress?.ToString(), 64),
        });
        await db.SaveChangesAsync(ct);
    }
}
