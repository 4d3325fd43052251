using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Areas.Api;

/// <summary>
/// <c>Authorization: Bearer &lt;token&gt;</c> for the read API: the token is found by its hash, must be neither revoked nor
/// expired, and its user active; the request then carries the same claims as the user's signed-in session (role and
/// scope, made by the same factory), so every policy and query filter checks it exactly as it checks the pages.
/// </summary>
public sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, PortalDbContext db,
    IUserClaimsPrincipalFactory<AppUser> claims, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    /// <summary>The token's id: the rate limit counts per token.</summary>
    public const string TokenIdClaim = "mp:api_token";

    /// <summary>Present when the token may read the endpoints with personal data.</summary>
    public const string PersonalDataClaim = "mp:api_personal";

    /// <summary>The SHA-256 of a token's secret, as stored.</summary>
    public static string HashOf(string secret) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(secret))).ToLowerInvariant();

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = HashOf(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        var token = await db.ApiTokens.AsNoTracking().FirstOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted);
        var user = token is null ? null : await db.Users.FirstOrDefaultAsync(u => u.Id == token.UserId && u.IsActive, Context.RequestAborted);
        if (token is null || user is null || !token.IsValidAt(now))
        {
            return AuthenticateResult.Fail("Токен недействителен: неизвестен, отозван или истёк.");
        }

        // When it was last used, for the user's list of tokens: written at most once a minute, outside the change audit.
        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            await db.ApiTokens.Where(t => t.Id == token.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), Context.RequestAborted);
        }

        var principal = await claims.CreateAsync(user);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(TokenIdClaim, token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (token.MayReadPersonalData)
        {
            identity.AddClaim(new Claim(PersonalDataClaim, "true"));
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Bearer";
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
