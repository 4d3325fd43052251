namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>A clock that stays on one moment: a use case's "today" in a test.</summary>
public sealed class StoppedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
