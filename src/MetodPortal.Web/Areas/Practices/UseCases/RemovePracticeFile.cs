using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>A material is taken off a draft or returned practice.</summary>
public sealed class RemovePracticeFile(PortalDbContext db, RecordAccess access)
{
    public async Task<Outcome> HandleAsync(int id, int fileId, CancellationToken ct)
    {
        var practice = await ManagedPractice.LoadAsync(db, access, id, ct);
        var file = practice is null ? null : await db.PracticeFiles.FirstOrDefaultAsync(f => f.Id == fileId && f.PracticeId == id, ct);
        if (file is null)
        {
            return Outcome.NotFound;
        }

        if (ManagedPractice.EditError(practice!) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        db.PracticeFiles.Remove(file);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Файл «{file.FileName}» удалён.", id);
    }
}
