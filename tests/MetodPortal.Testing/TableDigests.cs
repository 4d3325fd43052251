using Npgsql;

namespace MetodPortal.Testing;

/// <summary>Every table of a database with its row count and a digest of all its rows' values: "did anything change?"</summary>
public static class TableDigests
{
    public static async Task<Dictionary<string, (long Rows, string Digest)>> OfAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT tablename FROM pg_tables WHERE schemaname = 'public'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var result = new Dictionary<string, (long, string)>();
        foreach (var table in tables)
        {
#pragma warning disable CA2100 // table names come from pg_tables, quoted
            await using var command = new NpgsqlCommand($"SELECT count(*), coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') FROM "
                + $"\"{table}\" t", connection);
#pragma warning restore CA2100
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            result[table] = (reader.GetInt64(0), reader.GetString(1));
        }

        return result;
    }

    /// <summary>The tables whose rows differ between two digests, with their row counts before and after.</summary>
    public static IReadOnlyList<string> Changed(Dictionary<string, (long Rows, string Digest)> before, Dictionary<string, (long Rows, string Digest)> after) =>
        [.. after.Where(t => !before.TryGetValue(t.Key, out var was) || was != t.Value)
            .Select(t => $"{t.Key}: {(before.TryGetValue(t.Key, out var was) ? was.Rows : 0)} → {t.Value.Rows} rows")];
}
