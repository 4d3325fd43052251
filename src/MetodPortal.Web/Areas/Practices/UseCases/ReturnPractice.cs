using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>ЦНППМ / ИРО return a submitted practice, or one under expertise, to its authors with what to rework.</summary>
public sealed class ReturnPractice(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int id, string? reason, CancellationToken ct)
    {
        var practice = await db.Practices.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        if (reason?.Trim().Length > 2000)
        {
            return Outcome.Refused("Причина — не длиннее 2000 символов.");
        }

        if (practice.Return(reason) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Практика возвращена на доработку.", id);
    }
}
