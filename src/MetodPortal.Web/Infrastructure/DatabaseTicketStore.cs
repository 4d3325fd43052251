using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using MetodPortal.Data;
using MetodPortal.Data.Security;
using MetodPortal.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The authentication cookie holds only a session key; the ticket lives in the <c>user_sessions</c> table. Signing
/// out deletes the row, so a cookie copied before sign-out opens nothing afterwards, and every portal process on the
/// same database reads the same sessions. Expired rows are never read and are purged by <see cref="PurgeJob"/>.
/// </summary>
public sealed class DatabaseTicketStore(IServiceScopeFactory scopes, TimeProvider clock) : ITicketStore
{
    /// <summary>The ticket's own session key, so that «Мои сеансы» can tell the session the page is asked from.</summary>
    public const string SessionItem = ".session";

    /// <summary>The key of the session the request is signed in with (none for a session stored before keys were kept in the ticket).</summary>
    public static async Task<string?> CurrentKeyAsync(HttpContext context) =>
        (await context.AuthenticateAsync()).Properties is { } properties && properties.Items.TryGetValue(SessionItem, out var key) ? key : null;

    public Task<string> StoreAsync(AuthenticationTicket ticket) => StoreAsync(ticket, CancellationToken.None);

    public Task<string> StoreAsync(AuthenticationTicket ticket, CancellationToken cancellationToken) => StoreAsync(ticket, null, cancellationToken);

    public async Task<string> StoreAsync(AuthenticationTicket ticket, HttpContext? httpContext, CancellationToken cancellationToken)
    {
        var key = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        ticket.Properties.Items[SessionItem] = key;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.UserSessions.Add(new UserSession
        {
            Key = key,
            UserId = int.Parse(ticket.Principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
            Ticket = TicketSerializer.Default.Serialize(ticket),
            CreatedAt = now,
            LastSeenAt = now,
            ExpiresAt = ExpiryOf(ticket, now),
            UserAgent = FormText.Cut(FormText.OrNull(httpContext?.Request.Headers.UserAgent.ToString()), 300),
            Address = FormText.Cut(httpContext?.Connection.RemoteIpAddress?.ToString(), 64),
        });
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, CancellationToken.None);

    public async Task RenewAsync(string key, AuthenticationTicket ticket, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var bytes = TicketSerializer.Default.Serialize(ticket);
        var expires = ExpiryOf(ticket, now);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // Only a session that still exists is renewed: a sign-out elsewhere is never undone by a late request.
        await db.UserSessions.Where(s => s.Key == key)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires).SetProperty(x => x.LastSeenAt, now),
                cancellationToken);
    }

    public Task<AuthenticationTicket?> RetrieveAsync(string key) => RetrieveAsync(key, CancellationToken.None);

    public async Task<AuthenticationTicket?> RetrieveAsync(string key, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var ticket = await db.UserSessions.AsNoTracking()
            .Where(s => s.Key == key && s.ExpiresAt > now)
            .Select(s => s.Ticket)
            .FirstOrDefaultAsync(cancellationToken);
        return ticket is null ? null : TicketSerializer.Default.Deserialize(ticket);
    }

    public Task RemoveAsync(string key) => RemoveAsync(key, CancellationToken.None);

    public async Task RemoveAsync(string key, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.UserSessions.Where(s => s.Key == key).ExecuteDeleteAsync(cancellationToken);
    }

    private static DateTimeOffset ExpiryOf(AuthenticationTicket ticket, DateTimeOffset now) => ticket.Properties.ExpiresUtc ?? now.AddHours(8);
}
