using MetodPortal.Web.Infrastructure;
using Npgsql;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>What counts as the database being out (the 503 page) and what is a query's own failure (a 500 or a refusal).</summary>
public sealed class DatabaseOutageTests
{
    [Fact]
    public void Failing_to_reach_or_read_the_server_is_an_outage_and_a_failed_query_is_not()
    {
        // While a standby is promoted, no host of the connection string is a primary yet.
        Assert.True(DatabaseOutage.IsOutage(new NpgsqlException("No suitable host was found.")));

        // A pooled connection to a primary that is gone, as EF's execution strategy wraps it.
        Assert.True(DatabaseOutage.IsOutage(new InvalidOperationException("An exception has been raised that is likely due to a transient failure.",
            new NpgsqlException("Exception while reading from stream", new EndOfStreamException()))));
        Assert.True(DatabaseOutage.IsOutage(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
        Assert.True(DatabaseOutage.IsOutage(new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03")));

        Assert.False(DatabaseOutage.IsOutage(new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")));
        Assert.False(DatabaseOutage.IsOutage(new PostgresException("could not serialize access", "ERROR", "ERROR", "40001")));
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("a bug")));
    }
}
