using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>A material of a draft or returned practice: the same kinds, size limit and content check as ИОМ evidence
/// (<see cref="RouteRules.EvidenceError"/>).</summary>
public sealed class AttachPracticeFile(PortalDbContext db, RecordAccess access, TimeProvider clock)
{
    public const int MaxFiles = 10;

    public async Task<Outcome> HandleAsync(int id, IFormFile? file, CancellationToken ct)
    {
        var practice = await ManagedPractice.LoadAsync(db, access, id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        var refusal = ManagedPractice.EditError(practice)
            ?? (file is null ? "Выберите файл." : RouteRules.EvidenceError(file.FileName, file.Length, await UploadedFiles.HeadAsync(file, ct)))
            ?? (await db.PracticeFiles.CountAsync(f => f.PracticeId == id, ct) >= MaxFiles ? $"К практике можно приложить не больше {MaxFiles} файлов." : null);
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        var (name, type, content) = await UploadedFiles.ReadAsync(file!, ct);
        db.PracticeFiles.Add(new PracticeFile
        {
            RegionId = practice.RegionId, PracticeId = id, FileName = name, ContentType = type, Size = content.Length, Content = content,
            UploadedAt = clock.GetUtcNow(),
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Файл «{name}» приложен.", id);
    }
}
