namespace MetodPortal.Data.Scoping;

/// <summary>
/// Where a <see cref="PortalDbContext"/> learns who is acting. Read at each query and save, not at construction: in a
/// web request the context can be created (by the session check) before authentication has set the user.
/// </summary>
public interface ICurrentUserSource
{
    CurrentUser Current { get; }
}

/// <summary>A fixed user: start-up work, seeding, tests.</summary>
public sealed class FixedCurrentUser(CurrentUser user) : ICurrentUserSource
{
    public CurrentUser Current => user;
}
