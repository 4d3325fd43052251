using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace MetodPortal.IntegrationTests.Migrations;

/// <summary>
/// A database made by the hand-written migrations — here the demo region as the portal of 3 December 2026 made it
/// (<c>Fixtures/made-by-2026-12-03.sql.gz</c>, its pg_dump) — is recognised at start-up and upgraded in place: every
/// row is kept, and its schema ends as the model's.
/// </summary>
public sealed class UpgradeFromHandWrittenMigrationsTests
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Migrations", "Fixtures", "made-by-2026-12-03.sql.gz");

    [Fact]
    public async Task A_database_of_the_hand_written_migrations_upgrades_with_every_row_kept()
    {
        var server = PostgresServer.Shared;
        var old = await server.CreateDatabaseAsync("handwritten");
        var fromModel = await server.CreateDatabaseAsync("model");
        try
        {
            server.Restore(old, Fixture);
            var columns = await ColumnsAsync(old);
            var before = await RowsAsync(old, columns);
            Assert.True(before["educators"].Count > 100, "the fixture holds the demo region");
            Assert.Contains("20261121070000_EmploymentsByOrganization", await HistoryAsync(old, "\"MigrationId\""));

            Assert.False(await DatabaseInitializer.InitializeAsync(old, demo: true, TimeProvider.System), "an upgraded database is not seeded again");

            // Every table's rows, compared as text over the columns it had, are what they were; a new column has its default.
            var after = await RowsAsync(old, columns);
            foreach (var (table, rows) in before)
            {
                Assert.True(after.TryGetValue(table, out var kept), $"table {table} is gone");
                Assert.True(rows == kept, $"table {table}: {rows.Count} rows before, {kept.Count} after, or their content changed");
            }

            // The history names the baseline and the generated migrations; nothing is pending; the schema is the model's.
            await using (var db = PortalData.CreateContext(old, CurrentUser.System))
            {
                Assert.Empty(await db.Database.GetPendingMigrationsAsync());
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
            }

            Assert.DoesNotContain("20261121000000_Initial", await HistoryAsync(old, "migration_id"));
            await using (var db = PortalData.CreateContext(fromModel, CurrentUser.System))
            {
                await db.Database.ExecuteSqlRawAsync(db.Database.GenerateCreateScript());
            }

            Assert.Equal(server.DumpSchema(fromModel), server.DumpSchema(old));

            // Starting again changes nothing.
            Assert.False(await DatabaseInitializer.InitializeAsync(old, demo: true, TimeProvider.System));
            Assert.Equal(after, await RowsAsync(old, columns));
            await using (var db = PortalData.CreateContext(old, CurrentUser.System))
            {
                Assert.All(await db.Recommendations.ToListAsync(), r => Assert.Equal(Domain.Monitoring.IndicatorSource.Declared, r.Source));
            }
        }
        finally
        {
            await server.DropDatabaseAsync(old);
            await server.DropDatabaseAsync(fromModel);
        }
    }

    [Fact]
    public async Task A_database_that_does_not_exist_yet_is_created_and_migrated()
    {
        var server = PostgresServer.Shared;
        var missing = server.ConnectionString($"not_made_yet_{Environment.ProcessId}");
        try
        {
            Assert.True(await DatabaseInitializer.InitializeAsync(missing, demo: false, TimeProvider.System), "an empty database is seeded");
            await using var db = PortalData.CreateContext(missing, CurrentUser.System);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            await server.DropDatabaseAsync(missing);
        }
    }

    private sealed record Rows(long Count, string Digest);

    /// <summary>The columns of each table, in name order.</summary>
    private static async Task<Dictionary<string, string[]>> ColumnsAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var list = new NpgsqlCommand("""
            SELECT table_name, array_agg(column_name::text ORDER BY column_name) FROM information_schema.columns
            WHERE table_schema = 'public' AND table_name <> '__EFMigrationsHistory' GROUP BY table_name
            """, connection);
        await using var reader = await list.ExecuteReaderAsync();
        var columns = new Dictionary<string, string[]>();
        while (await reader.ReadAsync())
        {
            columns[reader.GetString(0)] = reader.GetFieldValue<string[]>(1);
        }

        return columns;
    }

    /// <summary>Each table's row count and a digest of its rows (the given columns) as text, in a fixed order.</summary>
    private static async Task<Dictionary<string, Rows>> RowsAsync(string connectionString, Dictionary<string, string[]> columns)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var rows = new Dictionary<string, Rows>();
        foreach (var (table, names) in columns)
        {
            var row = $"ROW({string.Join(", ", names.Select(n => $"t.\"{n}\""))})::text";
            await using var count = new NpgsqlCommand(
                $"SELECT count(*), coalesce(md5(string_agg({row}, '|' ORDER BY {row} COLLATE \"C\")), '') FROM \"{table}\" t", connection);
            await using var reader = await count.ExecuteReaderAsync();
            await reader.ReadAsync();
            rows[table] = new Rows(reader.GetInt64(0), reader.GetString(1));
        }

        return rows;
    }

    private static async Task<List<string>> HistoryAsync(string connectionString, string column)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"SELECT {column} FROM \"__EFMigrationsHistory\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new List<string>();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }
}
