using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>ЦНППМ / ИРО publish a practice both experts have reviewed: from now on the whole region reads it, and ИОМ offer it.</summary>
public sealed class PublishPractice(PortalDbContext db, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var practice = await db.Practices.Include(p => p.Reviews).FirstOrDefaultAsync(p => p.Id == id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        if (practice.Publish(clock.Today()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Практика «{practice.Title}» опубликована в банке эффективных практик.", id);
    }
}
