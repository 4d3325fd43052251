// The plans behind the region's registry indicators (issue 29.5): each statement run again under EXPLAIN ANALYZE with the same
// parameters, its nodes' estimated rows beside the rows they produced. In a database of many regions PostgreSQL multiplies the
// selectivities of two region filters joined together, and the factor shows it.
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace MetodPortal.Bench;

internal static class PlanEstimates
{
    [SuppressMessage("Security", "CA2100", Justification = "The portal's own statements, captured as it ran them.")]
    public static async Task PrintAsync(string name, string connectionString, BenchRegion region)
    {
        var capture = new CommandCapture();
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalData.Configure(options, connectionString, TimeProvider.System).AddInterceptors(capture);
        var user = new FixedCurrentUser(new CurrentUser(null, "bench", DataScope.ForRegion(region.Id)));
        await using (var db = new PortalDbContext(options.Options, user))
        {
            var campaign = await db.MonitoringCampaigns.AsNoTracking().FirstAsync(c => c.Id == region.CampaignId);
            capture.Commands.Clear(); // the campaign's lookup is not the figure
            await ScopeFigures.ComputeAsync(db, campaign, IndicatorSource.Registry, CancellationToken.None);
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        foreach (var (sql, parameters) in capture.Commands)
        {
            await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, connection) { CommandTimeout = 0 };
            command.Parameters.AddRange(parameters);
            using var json = JsonDocument.Parse((string)(await command.ExecuteScalarAsync())!);
            var plan = json.RootElement[0];
            var nodes = Nodes(plan.GetProperty("Plan")).ToList();
            Console.WriteLine($"    {name}: {nodes.Count} plan nodes, {nodes.Count(n => n.Factor >= 10)} of them estimated 10× or more off, "
                + $"executed in {plan.GetProperty("Execution Time").GetDouble():F0} ms; the furthest off:");
            foreach (var node in nodes.OrderByDescending(n => n.Factor).Take(3))
            {
                Console.WriteLine($"      {node.Name}: estimated {node.Estimated:N0} rows, produced {node.Actual:N0} ({node.Factor:F0}×)");
            }
        }
    }

    /// <summary>The first generated region of a database made by <c>generate</c>, for <c>bench -- plans "connection string"</c>.</summary>
    public static async Task<BenchRegion> FirstRegionAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT r.id, r.name, c.id FROM regions r JOIN monitoring_campaigns c ON c.region_id = r.id "
            + "WHERE c.year = @year ORDER BY r.id LIMIT 1", connection);
        command.Parameters.AddWithValue("year", MonitoringDataset.Year);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? new BenchRegion(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2), "")
            : throw new InvalidOperationException("No generated region: run `generate` first.");
    }

    private sealed record PlanNode(string Name, double Estimated, double Actual)
    {
        public double Factor => Math.Max(Actual + 1, Estimated + 1) / Math.Min(Actual + 1, Estimated + 1);
    }

    /// <summary>Every node of the tree with its rows per loop, estimated and produced.</summary>
    private static IEnumerable<PlanNode> Nodes(JsonElement node)
    {
        var on = new[] { "Relation Name", "Index Name", "CTE Name", "Subplan Name" }
            .Select(p => node.TryGetProperty(p, out var value) ? value.GetString() : null).FirstOrDefault(v => v is not null);
        yield return new PlanNode($"{node.GetProperty("Node Type").GetString()}{(on is null ? "" : $" on {on}")}",
            node.GetProperty("Plan Rows").GetDouble(), node.GetProperty("Actual Rows").GetDouble());
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray().SelectMany(Nodes))
            {
                yield return child;
            }
        }
    }

    /// <summary>The commands a context runs, with copies of their parameters.</summary>
    private sealed class CommandCapture : DbCommandInterceptor
    {
        public List<(string Sql, NpgsqlParameter[] Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Commands.Add((command.CommandText, [.. command.Parameters.Cast<NpgsqlParameter>().Select(p => p.Clone())]));
            return ValueTask.FromResult(result);
        }
    }
}
