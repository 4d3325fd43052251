using MetodPortal.Data;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>The author's school administrator or a methodist submits a draft (or a reworked practice) to the region for expertise.</summary>
public sealed class SubmitPractice(PortalDbContext db, RecordAccess access, TimeProvider clock)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var practice = await ManagedPractice.LoadAsync(db, access, id, ct);
        if (practice is null)
        {
            return Outcome.NotFound;
        }

        if (practice.Submit(clock.Today()) is { } refusal)
        {
            return Outcome.Refused(refusal);
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Практика подана на экспертизу. ЦНППМ назначит двух экспертов.", id);
    }
}
