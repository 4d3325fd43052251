using MetodPortal.Domain.Audit;

namespace MetodPortal.Data.Security;

/// <summary>
/// A create form's one-time key, stored when its first post is taken: a double click or a replayed post finds it
/// taken and is answered with where the first one led (<see cref="Location"/>), instead of creating a twin.
/// </summary>
public sealed class SubmissionKey : IUnaudited
{
    public string Key { get; set; } = "";
    public int UserId { get; set; }
    public DateTimeOffset TakenAt { get; set; }

    /// <summary>Where the first post redirected to; null while it runs.</summary>
    public string? Location { get; set; }
}
