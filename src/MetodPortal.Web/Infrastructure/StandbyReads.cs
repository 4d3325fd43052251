using MetodPortal.Data;
using Npgsql;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Whether read-only work (reports, dashboards, the API, exports — <see cref="ReadOnlyDb"/>) may read from a hot standby:
/// <c>ConnectionStrings:Standby</c> lists the servers it may be on (best both hosts, so that it is found wherever it is after a failover),
/// and a server is read from while it is a standby that streams from the primary and whose replay lags by at most
/// <c>Database:StandbyMaxLagSeconds</c> (5). Checked in the background every 5 seconds, so a request only reads the last answer.
/// </summary>
/// <remarks>
/// Each listed server is asked itself, on a connection of its own, and reads go to exactly the one found (its host and port alone). Npgsql's
/// multi-host pools remember a server's role and its dead connections for a while: after a restart or a failover they kept sending a
/// portal's reads, or its very checks, to the primary for minutes. The pool of the server read from is emptied whenever the answer
/// changes or that server restarts, so no request meets a connection that died with it.
/// </remarks>
public sealed class StandbyReads(IConfiguration configuration, ILogger<StandbyReads> logger) : BackgroundService
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(5);
    private const double MaxBytesBehind = 16 * 1024 * 1024; // a WAL segment: replay is about to catch up
    private readonly string? _standby = configuration.GetConnectionString("Standby");
    private readonly TimeSpan _maxLag = TimeSpan.FromSeconds(configuration.GetValue("Database:StandbyMaxLagSeconds", 5.0));
    private volatile string? _connection;

    /// <summary>The connection string to read from now: the standby server's, or null for the primary.</summary>
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
        string? server = null;
        var where = "";
        do
        {
            try
            {
                var why = new List<string>();
                var found = await FindAsync(why, stoppingToken);
                if (found?.Server != server)
                {
                    // Another server, another start of it, or none: connections pooled to the one read from so far may be dead.
                    ForgetPool(_connection);
                    server = found?.Server;
                }

                _connection = found?.Connection;
                var now = found is null ? "primary" : "standby";
                if (now != where)
                {
                    logger.LogInformation("Read-only work reads from the {Where}{Why}", now, found is null ? ": " + string.Join("; ", why) : "");
                    where = now;
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                // The check must outlive anything it meets: a check that stopped would leave the reads where they were for good.
                logger.LogError(ex, "Checking the standby failed");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>The first listed server that is a standby fit to read from: a connection string for it alone, and what tells it apart
    /// (address and start time); null when there is none, with why each server is not, in <paramref name="why"/>.</summary>
    private async Task<(string Connection, string Server)?> FindAsync(List<string> why, CancellationToken ct)
    {
        var listed = new NpgsqlConnectionStringBuilder(_standby);
        foreach (var host in listed.Host!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = host.LastIndexOf(':');
            var one = new NpgsqlConnectionStringBuilder(_standby) { TargetSessionAttributes = null, LoadBalanceHosts = false };
            (one.Host, one.Port) = separator > 0 && int.TryParse(host[(separator + 1)..], out var port) ? (host[..separator], port) : (host, listed.Port);
            var (started, unfit) = await CheckAsync(one, ct);
            if (started is not null)
            {
                return (one.ConnectionString, $"{one.Host}:{one.Port} {started}");
            }

            why.Add($"{one.Host}:{one.Port} {unfit}");
        }

        return null;
    }

    /// <summary>When the server answers, is in recovery, streams from the primary and has replayed what it received (all but a WAL segment,
    /// or transactions at most the limit old): its start time; else why not.</summary>
    private async Task<(string? Started, string? Unfit)> CheckAsync(NpgsqlConnectionStringBuilder server, CancellationToken ct)
    {
        try
        {
            // Unpooled, and quick to give up on a server that is gone: the next check comes in 5 seconds.
            var check = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false, Timeout = Math.Min(server.Timeout, 5) };
            await using var connection = new NpgsqlConnection(check.ConnectionString);
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("""
                SELECT pg_is_in_recovery(),
                       coalesce((SELECT status = 'streaming' FROM pg_stat_wal_receiver), false),
                       coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::float8,
                       coalesce(extract(epoch FROM now() - pg_last_xact_replay_timestamp()), 1e9)::float8,
                       pg_postmaster_start_time()::text
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            var (recovering, streaming, bytesBehind, age) = (reader.GetBoolean(0), reader.GetBoolean(1), reader.GetDouble(2), reader.GetDouble(3));
            return !recovering ? (null, "is a primary")
                : !streaming ? (null, "does not stream from the primary")
                : bytesBehind > MaxBytesBehind && age > _maxLag.TotalSeconds ? (null, $"lags {bytesBehind / 1048576:F0} MiB, {age:F0} s")
                : (reader.GetString(4), null);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            return (null, "cannot be read from: " + ex.Message);
        }
    }

    /// <summary>Closes the idle connections of the pool that read-only contexts used for <paramref name="connection"/> (the busy ones are
    /// closed when returned).</summary>
    private static void ForgetPool(string? connection)
    {
        if (connection is not null)
        {
            using var pooled = new NpgsqlConnection(PortalData.WithoutJit(connection));
            NpgsqlConnection.ClearPool(pooled);
        }
    }
}
