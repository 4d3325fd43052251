using MetodPortal.Data;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>Deleting a record of a ДПП completion (one entered by mistake).</summary>
public sealed class DeleteCompletion(PortalDbContext db)
{
    /// <returns>Done with the educator's id: their card is where the user goes next.</returns>
    public async Task<Outcome> HandleAsync(int completionId, CancellationToken ct)
    {
        var completion = await db.ProgramCompletions.FirstOrDefaultAsync(c => c.Id == completionId, ct);
        if (completion is null)
        {
            return Outcome.NotFound;
        }

        await RecordedEvidence.WithdrawAsync(db, i => i.CompletionId == completion.Id, ct);
        db.ProgramCompletions.Remove(completion);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Запись о прохождении курсов удалена.", completion.EducatorId);
    }
}
