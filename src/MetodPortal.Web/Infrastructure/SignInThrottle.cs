using System.Threading.RateLimiting;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Failed sign-ins per client address: after <see cref="Options.FailuresPerAddress"/> failures in
/// <see cref="Options.WindowMinutes"/> minutes the address is refused (429) without checking any password, so a
/// stranger cannot lock every known account (five failures lock one) at will. Successful sign-ins take no permit.
/// Counted in this process's memory: with several processes each counts its own share.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public sealed class Options
    {
        public const string Section = "SignIn";
        public int FailuresPerAddress { get; set; } = 20;
        public int WindowMinutes { get; set; } = 15;
    }

    private readonly PartitionedRateLimiter<string> _failures;

    public SignInThrottle(IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        WindowMinutes = options.WindowMinutes;
        _failures = PartitionedRateLimiter.Create<string,
            string>(address => RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.FailuresPerAddress,
            Window = TimeSpan.FromMinutes(options.WindowMinutes),
            QueueLimit = 0,
        }));
    }

    public int WindowMinutes { get; }

    /// <summary>True while the address has failures left in its window (asking takes none).</summary>
    public bool MayTry(HttpContext context)
    {
        using var lease = _failures.AttemptAcquire(AddressOf(context), 0);
        return lease.IsAcquired;
    }

    public void Failed(HttpContext context) => _failures.AttemptAcquire(AddressOf(context)).Dispose();

    public void Dispose() => _failures.Dispose();

    private static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
