using MetodPortal.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetodPortal.Data.Security;

/// <summary>
/// A user's security stamp is renewed when they are disabled, change role, organization or password: whatever saves
/// it, the user's server-side sessions end with it, on every portal process at once. (Ended just before the save, in
/// its transaction where there is one; a save that then fails costs the user a sign-in, nothing more.) Only the session
/// named <see cref="PortalDbContext.SessionKept"/>, the one that changed its own password, is spared.
/// </summary>
public sealed class EndSessionsOnNewStamp : SaveChangesInterceptor
{
    public static readonly EndSessionsOnNewStamp Instance = new();

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db && Renewed(db) is { Length: > 0 } users)
        {
            await Ended(db, users).ExecuteDeleteAsync(cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db && Renewed(db) is { Length: > 0 } users)
        {
            Ended(db, users).ExecuteDelete();
        }

        return result;
    }

    private static IQueryable<UserSession> Ended(PortalDbContext db, int[] users) =>
        db.UserSessions.Where(s => users.Contains(s.UserId) && s.Key != db.SessionKept);

    private static int[] Renewed(PortalDbContext db) =>
        db.ChangeTracker.Entries<AppUser>()
            .Where(e => e.State == EntityState.Modified && e.Property(u => u.SecurityStamp).IsModified
                && e.Property(u => u.SecurityStamp).OriginalValue != e.Property(u => u.SecurityStamp).CurrentValue)
            .Select(e => e.Entity.Id)
            .ToArray();
}
