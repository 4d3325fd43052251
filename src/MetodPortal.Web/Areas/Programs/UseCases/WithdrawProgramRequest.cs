using MetodPortal.Data;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

/// <summary>The one who filed a request withdraws it while it waits for an answer; an answered request stays in the history.</summary>
public sealed class WithdrawProgramRequest(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, int userId, CancellationToken ct)
    {
        var request = await db.ProgramRequests.FirstOrDefaultAsync(r => r.Id == id && r.FiledByUserId == userId, ct);
        if (request is null)
        {
            return Outcome.NotFound;
        }

        if (!ProgramRequest.IsOpen(request.Status))
        {
            return Outcome.Refused("На запрос уже дан ответ: он остаётся в истории.");
        }

        db.ProgramRequests.Remove(request);
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Запрос отозван.");
    }
}
