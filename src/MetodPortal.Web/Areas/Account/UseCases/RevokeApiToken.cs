using MetodPortal.Data;
using MetodPortal.Data.Security;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Account.UseCases;

/// <summary>One of the user's tokens as their list shows it: never the secret, only its first characters.</summary>
public sealed record ApiTokenRow(int Id, string Name, string Prefix, bool MayReadPersonalData, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt,
    DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt)
{
    /// <summary>The last day it works, in the region's calendar: it expires at the midnight after it.</summary>
    public DateOnly LastDay => DateOnly.FromDateTime(RegionDays.DayOf(ExpiresAt)).AddDays(-1);
}

/// <summary>The user revokes one of their own tokens: from the next request on it opens nothing.</summary>
public sealed class RevokeApiToken(PortalDbContext db, TimeProvider clock)
{
    public static Task<List<ApiTokenRow>> MineAsync(PortalDbContext db, CancellationToken ct) =>
        db.ApiTokens.AsNoTracking().Where(t => t.UserId == db.CurrentUser.UserId).OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
            .Select(t => new ApiTokenRow(t.Id, t.Name, t.Prefix, t.MayReadPersonalData, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.LastUsedAt))
            .ToListAsync(ct);

    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var token = await db.ApiTokens.FirstOrDefaultAsync(t => t.Id == id && t.UserId == db.CurrentUser.UserId, ct);
        if (token is null)
        {
            return Outcome.NotFound;
        }

        if (token.RevokedAt is not null)
        {
            return Outcome.Done($"Токен «{token.Name}» уже отозван.");
        }

        token.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Токен «{token.Name}» отозван: запросы с ним больше не выполняются.");
    }
}
