using MetodPortal.Data.Scoping;
using MetodPortal.Data.Seeding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

/// <summary>Start-up work on the database: apply the migrations, ensure the roles, and seed an empty database.</summary>
public static class DatabaseInitializer
{
    /// <returns>True when the database was empty and has just been seeded.</returns>
    public static async Task<bool> InitializeAsync(string connectionString, bool demo, TimeProvider clock, CancellationToken ct = default)
    {
        await using var db = PortalData.CreateContext(connectionString, CurrentUser.System, clock);
        await HandWrittenMigrations.AdoptAsync(db, ct);
        await db.Database.MigrateAsync(ct);
        await ReferenceData.EnsureRolesAsync(db, ct);
        if (await db.Regions.AnyAsync(ct))
        {
            await DiagnosticCatalogue.EnsureAsync(db, ct);
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var region = await ReferenceData.SeedKhabarovskKraiAsync(db, ct);
        await DiagnosticCatalogue.EnsureAsync(db, ct);
        if (demo)
        {
            await DemoData.SeedAsync(db, region, clock, ct);
        }

        await transaction.CommitAsync(ct);

        // Statistics for the rows just written: until autovacuum gets to them, the planner guesses, and a region's
        // staff export over the fresh demo data took 10–20 s instead of well under one.
        await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        return true;
    }
}
