using MetodPortal.Data.Auditing;
using MetodPortal.Data.Scoping;
using MetodPortal.Data.Security;
using MetodPortal.Data.Staff;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

/// <summary>How every PortalDbContext is configured, in the app and in the tests alike.</summary>
public static class PortalData
{
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString, TimeProvider clock) =>
        options
            .UseNpgsql(WithoutJit(connectionString), npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"))
            // Tables, columns, keys and indexes in snake_case, so hand-written SQL (indicators, reports) reads naturally.
            .UseSnakeCaseNamingConvention()
            // Guard first: a save outside the scope must fail before anything is logged for it; the category history
            // is added before the audit, which then logs it too.
            .AddInterceptors(ScopeGuardInterceptor.Instance, new CategoryHistory(clock), new AuditInterceptor(clock), EndSessionsOnNewStamp.Instance);

    /// <summary>
    /// The connection string with PostgreSQL's JIT compilation off for the session. It starts on a plan's estimated cost, which grows
    /// with the tables rather than with the rows a query reads: the region's registry indicators crossed the threshold and spent
    /// about 280 ms compiling to run a 240 ms query (the benchmark, docs/performance.md), and only in some databases.
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        return builder.ConnectionString;
    }

    /// <summary>A context outside dependency injection: start-up work, seeding and tests.</summary>
    public static PortalDbContext CreateContext(string connectionString, CurrentUser user, TimeProvider? clock = null)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        Configure(options, connectionString, clock ?? TimeProvider.System);
        return new PortalDbContext(options.Options, new FixedCurrentUser(user));
    }
}
