using Npgsql;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>Looks into the database while a staff import runs: to act at the moment it writes.</summary>
public static class ImportProbe
{
    /// <summary>Until the import's transaction holds its write lock on the people table (it has begun inserting).</summary>
    public static async Task UntilItWritesAsync(string database, Task<HttpResponseMessage> upload)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (await ScalarAsync(database,
            "SELECT count(*) FROM pg_locks WHERE relation = 'educators'::regclass AND mode = 'RowExclusiveLock' AND pid <> pg_backend_pid()") == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the import never began writing");
            var ended = upload.IsCompletedSuccessfully
                ? (await PortalClient.ParseAsync(await upload.Result.Content.ReadAsStringAsync())).QuerySelector("main")?.TextContent
                : upload.Exception?.ToString();
            Assert.False(upload.IsCompleted, $"the import ended before it was caught writing: {ended}");
            await Task.Delay(20);
        }
    }

    public static async Task<long> ScalarAsync(string database, string sql)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
#pragma warning disable CA2100 // the tests' own constant SQL
        await using var command = new NpgsqlCommand(sql, connection);
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
