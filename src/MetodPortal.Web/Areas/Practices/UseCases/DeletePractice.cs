using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>A draft or a returned practice is deleted with its files; one the region has published, or is reviewing, is not.</summary>
public sealed class DeletePractice(PortalDbContext db, RecordAccess access)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var practice = await ManagedPractice.LoadAsync(db, access, id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        if (ManagedPractice.EditError(practice) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        db.Practices.Remove(practice);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Практика «{practice.Title}» удалена.");
    }
}
