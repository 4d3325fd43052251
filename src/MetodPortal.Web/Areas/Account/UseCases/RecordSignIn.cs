using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Domain;
using MetodPortal.Domain.Audit;

namespace MetodPortal.Web.Areas.Account.UseCases;

/// <summary>
/// A sign-in, its failure or a sign-out, written to the audit log like a change: every access to personal data is
/// traceable (152-ФЗ). An unknown address is recorded as typed, cut to the column's length.
/// </summary>
public sealed class RecordSignIn(PortalDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(AppUser? user, string email, AuditAction action, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = user?.Id, UserName = FormText.Cut(email, 256), RegionId = user?.RegionId, Action = action,
                EntityType = nameof(AppUser),
            EntityId = user?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
    }
}
