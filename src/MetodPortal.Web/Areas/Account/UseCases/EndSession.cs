using System.Security.Cryptography;
using System.Text;
using MetodPortal.Data;
using MetodPortal.Data.Security;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Account.UseCases;

/// <summary>One of the user's sessions as «Мои сеансы» shows it: never the key itself (the cookie's secret), only a name derived from it.</summary>
public sealed record SessionRow(string Ref, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? UserAgent, string? Address, bool IsThis);

/// <summary>The user ends one of their own sessions (another device, or this one).</summary>
public sealed class EndSession(PortalDbContext db, TimeProvider clock)
{
    public static string RefOf(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];

    public static async Task<List<SessionRow>> MineAsync(PortalDbContext db, string? currentKey, CancellationToken ct) =>
        [.. (await db.UserSessions.AsNoTracking().Where(s => s.UserId == db.CurrentUser.UserId).OrderByDescending(s => s.LastSeenAt).ToListAsync(ct))
            .Select(s => new SessionRow(RefOf(s.Key), s.CreatedAt, s.LastSeenAt, s.UserAgent, s.Address, s.Key == currentKey))];

    public async Task<Outcome> HandleAsync(string? sessionRef, CancellationToken ct)
    {
        var mine = await db.UserSessions.Where(s => s.UserId == db.CurrentUser.UserId).ToListAsync(ct);
        var session = mine.FirstOrDefault(s => RefOf(s.Key) == sessionRef);
        if (session is null)
        {
            return Outcome.NotFound;
        }

        db.UserSessions.Remove(session);
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(), UserId = db.CurrentUser.UserId, UserName = db.CurrentUser.UserName, RegionId = db.CurrentUser.Scope.RegionId,
            Action = AuditAction.LoggedOut, EntityType = nameof(UserSession), EntityId = sessionRef,
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done("Сеанс завершён.");
    }
}
