using Npgsql;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Whether read-only work (the monitoring reports) may read from the hot standby: <c>ConnectionStrings:Standby</c> names it (best with both
/// hosts and «Target Session Attributes=prefer-standby», so a standby that is gone leaves its readers on the primary), and it is used while
/// its replay lags behind the primary by at most <c>Database:StandbyMaxLagSeconds</c> (5). Checked at most every 5 seconds, not per request.
/// </summary>
public sealed class StandbyReads(IConfiguration configuration, TimeProvider clock, ILogger<StandbyReads> logger)
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);
    private const double MaxBytesBehind = 16 * 1024 * 1024; // a WAL segment: replay is about to catch up
    private readonly string? _standby = configuration.GetConnectionString("Standby");
    private readonly TimeSpan _maxLag = TimeSpan.FromSeconds(configuration.GetValue("Database:StandbyMaxLagSeconds", 5.0));
    private Check _last = new(DateTimeOffset.MinValue, null, ""); // replaced whole, so requests on other threads never see half of one

    /// <summary>The connection string to read from now: the standby's, or null for the primary.</summary>
    public async Task<string?> ConnectionAsync(CancellationToken ct)
    {
        var last = _last;
        if (_standby is null || clock.GetUtcNow() - last.At < CheckEvery)
        {
            return last.Choice;
        }

        var where = await WhereAsync(ct);
        var choice = where == "primary" ? null : _standby;
        if (where != last.Where)
        {
            logger.LogInformation("Read-only work reads from the {Where}", where);
        }

        _last = new Check(clock.GetUtcNow(), choice, where);
        return choice;
    }

    /// <summary>«standby» when it answers, streams from the primary and has replayed what it received (all but a few WAL segments, or
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

    private sealed record Check(DateTimeOffset At, string? Choice, string Where);
}
