using MetodPortal.Domain.Audit;

namespace MetodPortal.Data.Security;

/// <summary>
/// A signed-in session, kept on the server (the cookie carries only <see cref="Key"/>): signing out deletes it, so a
/// copied cookie opens nothing afterwards, and every portal process sharing the database sees the same sessions.
/// </summary>
public sealed class UserSession : IUnaudited
{
    /// <summary>A random, unguessable key: the only thing the cookie holds.</summary>
    public string Key { get; set; } = "";
    public int UserId { get; set; }

    /// <summary>The serialized authentication ticket (the user's claims and the cookie's properties).</summary>
    public byte[] Ticket { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public string? UserAgent { get; set; }
    public string? Address { get; set; }
}
