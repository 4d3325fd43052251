using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Migrations;

/// <summary>
/// The migrations create exactly the model's schema, raw SQL in them included (`has-pending-model-changes` in test.sh
/// compares the model with the snapshot only).
/// </summary>
public sealed class MigrationMatchesModelTests
{
    [Fact]
    public async Task MigratedSchemaEqualsTheModel()
    {
        var server = PostgresServer.Shared;
        var migrated = await server.CreateDatabaseAsync("migrated");
        var fromModel = await server.CreateDatabaseAsync("model");
        try
        {
            await using (var db = PortalData.CreateContext(migrated, CurrentUser.System))
            {
                await db.Database.MigrateAsync();
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            }

            await using (var db = PortalData.CreateContext(fromModel, CurrentUser.System))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            }

            var expected = server.DumpSchema(fromModel);
            var actual = server.DumpSchema(migrated);
            Assert.Contains("CREATE TABLE public.organizations", expected, StringComparison.Ordinal);
            Assert.Equal(expected, actual);
        }
        finally
        {
            await server.DropDatabaseAsync(migrated);
            await server.DropDatabaseAsync(fromModel);
        }
    }
}
