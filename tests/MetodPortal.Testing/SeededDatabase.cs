using MetodPortal.Data;
using Xunit;

namespace MetodPortal.Testing;

/// <summary>A database of its own for one test class: migrated and seeded with the Khabarovsk demo data, dropped afterwards.</summary>
public sealed class SeededDatabase : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        ConnectionString = await PostgresServer.Shared.CreateDatabaseAsync("seeded");
        await DatabaseInitializer.InitializeAsync(ConnectionString, demo: true, TimeProvider.System);
    }

    public Task DisposeAsync() => PostgresServer.Shared.DropDatabaseAsync(ConnectionString);
}
