using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;

namespace MetodPortal.Data;

/// <summary>
/// Until December 2026 the migrations were written by hand. The first eight were replaced by a generated baseline
/// (<c>20261121080000_Baseline</c>) that creates the same schema; the later ones were generated again under their own
/// ids. A database made by those eight — a <c>.data/</c> of someone who ran the portal before — is recognised here by
/// its migration history, which is rewritten to name the baseline (and to the history's snake_case columns), so that
/// migrating it runs only what it lacks.
/// </summary>
public static class HandWrittenMigrations
{
    public const string Baseline = "20261121080000_Baseline";

    /// <summary>The hand-written migrations the baseline replaces, in order; the last is where such a database must be.</summary>
    public static readonly IReadOnlyList<string> Replaced =
    [
        "20261121000000_Initial", "20261121010000_Staff", "20261121020000_LargerKeyBlocks", "20261121030000_DiagnosticsAndRoutes",
        "20261121040000_SupportForms", "20261121050000_Monitoring", "20261121060000_Recommendations", "20261121070000_EmploymentsByOrganization",
    ];

    /// <returns>True when the history was rewritten.</returns>
    public static async Task<bool> AdoptAsync(PortalDbContext db, CancellationToken ct)
    {
        // A database not made yet has no history to adopt (migrating creates it).
        if (!await db.GetService<IRelationalDatabaseCreator>().ExistsAsync(ct))
        {
            return false;
        }

        // Several portal processes may start at once: one looks at a time (the lock ends with the transaction).
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(20261121080000)", ct);
        var tables = await db.Database.SqlQuery<string>($"""
            SELECT column_name AS "Value" FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '__EFMigrationsHistory'
            """).ToListAsync(ct);
        if (tables.Count == 0)
        {
            return false;
        }

        // The history's own columns follow the naming convention too (snake_case since EFCore.NamingConventions).
        var renamed = tables.Contains("MigrationId");
        if (renamed)
        {
            await db.Database.ExecuteSqlRawAsync("""
                ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN "MigrationId" TO migration_id;
                ALTER TABLE "__EFMigrationsHistory" RENAME COLUMN "ProductVersion" TO product_version;
                ALTER INDEX "PK___EFMigrationsHistory" RENAME TO pk___ef_migrations_history;
                """, ct);
        }

        var applied = await db.Database.SqlQuery<string>($"SELECT migration_id AS \"Value\" FROM \"__EFMigrationsHistory\"").ToListAsync(ct);
        var replaced = applied.Intersect(Replaced).ToList();
        var adopted = replaced.Count > 0 && !applied.Contains(Baseline);
        if (adopted && !applied.Contains(Replaced[^1]))
        {
            throw new InvalidOperationException(
                $"The database was made by an early version of the portal (its last migration is {replaced.Max()}): upgrade it with a version " +
                $"that still has the hand-written migrations (up to {Replaced[^1]}) first.");
        }

        if (adopted)
        {
            string[] replacedIds = [.. Replaced];
            await db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE migration_id = ANY({replacedIds})", ct);
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"__EFMigrationsHistory\" (migration_id, product_version) VALUES ({Baseline}, {ProductVersion})", ct);
        }

        await transaction.CommitAsync(ct);
        return renamed || adopted;
    }

    private static string ProductVersion => typeof(DbContext).Assembly.GetName().Version?.ToString(3) ?? "10.0";
}
