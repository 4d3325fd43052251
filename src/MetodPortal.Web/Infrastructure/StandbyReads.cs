using Npgsql;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Whether read-only work (reports, dashboards, the API, exports — <see cref="ReadOnlyDb"/>) may read from the hot standby:
/// <c>ConnectionStrings:Standby</c> names it (best with both hosts and «Target Session Attributes=prefer-standby», so a standby that is gone
/// leaves its readers on the primary), and it is used while its replay lags behind the primary by at most <c>Database:StandbyMaxLagSeconds</c>
/// (5). Checked in the background every 5 seconds, so a request only reads the last answer.
/// </summary>
public sealed class StandbyReads(IConfiguration configuration, ILogger<StandbyReads> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);
    private const double MaxBytesBehind = 16 * 1024 * 1024; // a WAL segment: replay is about to catch up
    private readonly string? _standby = configuration.GetConnectionString("Standby");
    private readonly TimeSpan _maxLag = TimeSpan.FromSeconds(configuration.GetValue("Database:StandbyMaxLagSeconds", 5.0));
    private volatile string? _connection;

    /// <summary>The connection string to read from now: the standby's, or null for the primary.</summary>
    public string? Connection => _connection;

    /// <summary>How long a user's own write may still be missing on the standby: the lag allowed and one check's delay.</summary>
    public TimeSpan MayMissWritesFor => _maxLag + CheckEvery;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_standby is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(CheckEvery);
        var where = "";
        do
        {
            var now = await WhereAsync(stoppingToken);
            _connection = now == "standby" ? _standby : null;
            if (now != where)
            {
                logger.LogInformation("Read-only work reads from the {Where}", now);
                where = now;
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>«standby» when it answers, streams from the primary and has replayed what it received (all but a WAL segment, or
    /// transactions at most the limit old); «primary» otherwise.</summary>
    private async Task<string> WhereAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(_standby);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("""
                SELECT pg_is_in_recovery(),
                       coalesce((SELECT status = 'streaming' FROM pg_stat_wal_receiver), false),
                       coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::float8,
                       coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 1e9)::float8
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (recovering, streaming, bytesBehind, age) = (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetDouble(2), reader.GetDouble(3));
            return recovering && streaming && (bytesBehind <= MaxBytesBehind || age <= _maxLag.TotalSeconds) ? "standby" : "primary";
        }
        catch (NpgsqlException ex)
        {
            logger.LogWarning("The standby cannot be read from: {Message}", ex.Message);
            return "primary";
        }
    }
}
