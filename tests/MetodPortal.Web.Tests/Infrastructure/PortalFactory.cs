using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>
/// The real portal (Program) over a database of its own on the test run's PostgreSQL, migrated and seeded with the
/// demo data by the app's own start-up. One per test class.
/// </summary>
public sealed class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    /// <summary>The portal's clock, when a test needs a moment of its own (set before it starts); the system's otherwise.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>Configuration of this portal only (set before it starts), over the app's own.</summary>
    public Dictionary<string, string> Settings { get; } = [];

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("web");
        _ = Server; // start the host now: migrations and seeding run here, not inside the first test
    }

    public new async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await PostgresServer.Shared.DropDatabaseAsync(ConnectionString);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Main", ConnectionString);
        builder.UseSetting("Seed:Demo", "true");
        builder.UseEnvironment("Production");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }

    public PortalClient Client() => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<PortalClient> LoginAsync(string email, string password = "Demo-2026")
    {
        var client = Client();
        var response = await client.LoginAsync(email, password);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>A context that sees everything, for arranging and checking rows around the HTTP calls.</summary>
    public PortalDbContext Db() => PortalData.CreateContext(ConnectionString, CurrentUser.System);
}
