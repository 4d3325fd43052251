namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>A portal that sends its mail to a <see cref="MailServer"/> of the test process (one per test class).</summary>
public sealed class MailPortal : IAsyncLifetime
{
    public MailPortal()
    {
        foreach (var (key, value) in Mail.Settings)
        {
            Portal.Settings[key] = value;
        }
    }

    public MailServer Mail { get; } = new();

    public PortalFactory Portal { get; } = new();

    public Task InitializeAsync() => Portal.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Portal.DisposeAsync();
        await Mail.DisposeAsync();
    }
}
