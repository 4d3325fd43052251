namespace MetodPortal.Data.Security;

/// <summary>
/// A personal access token for the read API: the user's own key for another system, acting with the user's scope and
/// role. Only the SHA-256 of the secret is kept (<see cref="Hash"/>); the secret itself is shown once, when made.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }
    public int UserId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>The SHA-256 of the secret, hex: a request's token is found by it.</summary>
    public string Hash { get; set; } = "";

    /// <summary>The secret's first characters, so the user can tell their tokens apart.</summary>
    public string Prefix { get; set; } = "";

    /// <summary>May read the endpoints with personal data (educators, diagnostics, routes) — when the user's role may.</summary>
    public bool MayReadPersonalData { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsValidAt(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;
}
