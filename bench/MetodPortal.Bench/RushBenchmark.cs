// Deadline rush (issue 8.10): every counting organization of the benchmark region sends its monitoring form at once.
//   dotnet run -c Release --project bench/MetodPortal.Bench -- rush
// The portal runs as its own process (Kestrel on loopback, as an operator runs it) over the generated M region; the
// ministry opens the campaign through the portal, one administrator per organization signs in, and then all of them at
// the same moment open their form, fill it from the registry and send it — every tenth double-clicks the button. Then the same
// again on a database of its own against two portal processes behind nginx (issue 29.6).
// Targets: all 800 forms submitted, 0 errors (every answer the one a user expects), 0 duplicates (one «Отправлена» per form),
// p95 of sending ≤ 8 s.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using Npgsql;

namespace MetodPortal.Bench;

internal static class RushBenchmark
{
    private const int Year = MonitoringDataset.Year + 1;
    private const int SignInParallelism = 8;

    private sealed record Administrator(string Email, int FormId, HttpClient Client);

    public static async Task<int> RunAsync()
    {
        Console.WriteLine($"Deadline rush, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        var alone = await RushAsync("bench_rush", portals: 1);
        var twoBehindNginx = await RushAsync("bench_rush_nginx", portals: 2);
        return alone && twoBehindNginx ? 0 : 1;
    }

    /// <summary>The rush on a database of its own, against one portal process or several behind nginx (<see cref="NginxProxy"/>).</summary>
    private static async Task<bool> RushAsync(string database, int portals)
    {
        Console.WriteLine(portals == 1 ? "  one portal process:" : $"  {portals} portal processes behind nginx (round robin, no sticky sessions):");
        var connectionString = await PostgresServer.Shared.CreateDatabaseAsync(database);
        var processes = new List<PortalProcess> { await PortalProcess.StartAsync(connectionString, demo: false) }; // the first migrates
        for (var i = 1; i < portals; i++)
        {
            processes.Add(await PortalProcess.StartAsync(connectionString, demo: false));
        }

        await using var proxy = portals > 1 ? await NginxProxy.StartAsync(processes.Select(p => p.Address)) : null;
        try
        {
            return await RushAsync(connectionString, proxy?.Address ?? processes[0].Address, processes);
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }

    private static async Task<bool> RushAsync(string connectionString, Uri address, List<PortalProcess> processes)
    {
        var region = (await MonitoringDataset.GenerateAsync(connectionString, 1, Console.Out))[0];
        var campaignId = await OpenCampaignAsync(address, connectionString, region);
        var administrators = await AddAdministratorsAsync(address, connectionString, region, campaignId);
        var watch = Stopwatch.StartNew();
        await Parallel.ForEachAsync(administrators, new ParallelOptions { MaxDegreeOfParallelism = SignInParallelism },
            async (a, _) => await BenchPortal.SignInAsync(a.Client, a.Email, MonitoringDataset.Password));
        Console.WriteLine($"  {administrators.Count} administrators signed in ({SignInParallelism} at a time) in {watch.Elapsed.TotalSeconds:F1} s");

        // The baseline: the form page of one administrator after another, nobody else working.
        var calm = new List<double>();
        foreach (var a in administrators.Take(50))
        {
            watch.Restart();
            using var response = await a.Client.GetAsync($"/monitoring/forms/{a.FormId.ToString(CultureInfo.InvariantCulture)}");
            response.EnsureSuccessStatusCode();
            calm.Add(watch.Elapsed.TotalMilliseconds);
        }

        Console.WriteLine($"  one form page at a time, median of the last 40: {calm.Skip(10).Order().ElementAt(20):F0} ms");

        var timings = new ConcurrentDictionary<string, ConcurrentBag<double>>();
        var errors = new ConcurrentBag<string>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rush = administrators.Select((a, i) => SendAsync(a, doubleClick: i % 10 == 0, start.Task, timings, errors)).ToList();
        watch.Restart();
        start.SetResult();
        await Task.WhenAll(rush);
        var elapsed = watch.Elapsed.TotalSeconds;

        var (submitted, events, duplicated) = await CountAsync(connectionString, campaignId);
        Console.WriteLine($"  the rush: {administrators.Count} administrators at once, {timings.Values.Sum(t => t.Count):N0} requests in {elapsed:F1} s");
        foreach (var step in new[] { "form", "fill", "submit" })
        {
            var t = timings.GetValueOrDefault(step)?.Order().ToArray() ?? [];
            Console.WriteLine($"    {step,-6} {t.Length,5} requests — p50 {Percentile(t, 0.5):F0} ms, p95 {Percentile(t, 0.95):F0} ms, p99 "
                + $"{Percentile(t, 0.99):F0} ms, max {t.LastOrDefault():F0} ms");
        }

        Console.WriteLine($"  forms submitted {submitted} of {administrators.Count}, «Отправлена» events {events}, forms sent twice {duplicated}, "
            + $"errors {errors.Count}");
        foreach (var error in errors.Take(10))
        {
            Console.WriteLine("    " + error);
        }

        foreach (var line in processes.SelectMany(p => p.Output.Split('\n')).Where(l => l.Contains("ERR", StringComparison.Ordinal)
            || l.Contains("Exception", StringComparison.Ordinal)).Distinct().Take(10))
        {
            Console.WriteLine("    portal: " + line.TrimEnd());
        }

        var sending = timings.GetValueOrDefault("submit")?.Order().ToArray() ?? [];
        var ok = submitted == administrators.Count && events == administrators.Count && duplicated == 0 && errors.IsEmpty
            && Percentile(sending, 0.95) <= 8000;
        Console.WriteLine(ok ? "  all targets met (every form sent once, no error, p95 of sending ≤ 8 s)" : "  TARGET MISSED");
        return ok;
    }

    /// <summary>The next year's campaign, prepared in the database and opened by the region's ministry through the portal (which creates the 800
    /// forms).</summary>
    private static async Task<int> OpenCampaignAsync(Uri address, string connectionString, BenchRegion region)
    {
        var campaign = new MonitoringCampaign { RegionId = region.Id, Year = Year, ReportingDate = new DateOnly(Year, 12, 31),
            Deadline = DateTimeOffset.UtcNow.AddDays(14) };
        await using (var db = PortalData.CreateContext(connectionString, CurrentUser.System))
        {
            db.MonitoringCampaigns.Add(campaign);
            await db.SaveChangesAsync();
        }

        using var ministry = Client(address);
        await BenchPortal.SignInAsync(ministry, region.MinistryEmail, MonitoringDataset.Password);
        var page = $"/monitoring/{campaign.Id}";
        var token = BenchPortal.Token(await ministry.GetStringAsync(page));
        var response = await ministry.PostAsync(page + "/open", new FormUrlEncodedContent([new("__RequestVerificationToken", token)]));
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Opening the campaign answered {(int)response.StatusCode}.");
        }

        return campaign.Id;
    }

    /// <summary>One school administrator per form of the campaign, each with a client of their own (cookies, connection).</summary>
    private static async Task<List<Administrator>> AddAdministratorsAsync(Uri address, string connectionString, BenchRegion region, int campaignId)
    {
        var forms = new List<(int Form, int Organization)>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT id, organization_id FROM monitoring_forms WHERE campaign_id = @c ORDER BY "
                + "organization_id", connection);
            command.Parameters.AddWithValue("c", campaignId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                forms.Add((reader.GetInt32(0), reader.GetInt32(1)));
            }
        }

        var email = (int n) => $"school{n.ToString(CultureInfo.InvariantCulture)}@bench.local";
        await MonitoringDataset.AddUsersAsync(connectionString, Roles.SchoolAdmin,
            forms.Select((f, n) => new BenchUser(email(n + 1), $"Администратор ОО {n + 1}", f.Organization, region.Id)));
        return [.. forms.Select((f, n) => new Administrator(email(n + 1), f.Form, Client(address)))];
    }

    /// <summary>A browser of its own: cookies, connection, redirects not followed.</summary>
    private static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = address,
            Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>What an administrator does at the deadline: opens the form, fills it from the registry, sends it (once, or with a double click).</summary>
    private static async Task SendAsync(Administrator a, bool doubleClick, Task start, ConcurrentDictionary<string, ConcurrentBag<double>> timings,
        ConcurrentBag<string> errors)
    {
        await start;
        var page = $"/monitoring/forms/{a.FormId.ToString(CultureInfo.InvariantCulture)}";
        async Task<(HttpStatusCode Status, string Html, string? Location)> Timed(string step, Func<Task<HttpResponseMessage>> request)
        {
            var watch = Stopwatch.StartNew();
            using var response = await request();
            var html = await response.Content.ReadAsStringAsync();
            timings.GetOrAdd(step, _ => []).Add(watch.Elapsed.TotalMilliseconds);
            return (response.StatusCode, html, response.Headers.Location?.OriginalString);
        }

        try
        {
            var form = await Timed("form", () => a.Client.GetAsync(page));
            if (form.Status != HttpStatusCode.OK || !form.Html.Contains("id=\"send\"", StringComparison.Ordinal))
            {
                errors.Add($"{a.Email}: the form answered {(int)form.Status} without its send button");
                return;
            }

            var fill = await Timed("fill", () => a.Client.PostAsync(page, Fields(form.Html, "fill")));
            if (fill.Status != HttpStatusCode.OK || !fill.Html.Contains("Значения заполнены из реестра", StringComparison.Ordinal))
            {
                errors.Add($"{a.Email}: filling from the registry answered {(int)fill.Status}");
                return;
            }

            var clicks = await Task.WhenAll(Enumerable.Range(0, doubleClick ? 2
                : 1).Select(_ => Timed("submit", () => a.Client.PostAsync(page, Fields(fill.Html, "submit")))));
            // A click is answered by a redirect to the form (sent, or a second click refused as a conflict) or by the
            // form with its refusal (already sent); which one sent it, and only once, the database tells afterwards.
            if (!clicks.All(c => (c.Status == HttpStatusCode.Redirect && c.Location == page)
                || (c.Status == HttpStatusCode.OK && c.Html.Contains("id=\"validation-summary\"", StringComparison.Ordinal))))
            {
                errors.Add($"{a.Email}: sending answered {string.Join(", ", clicks.Select(c => $"{(int)c.Status} {c.Location}"))}");
            }
        }

        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            errors.Add($"{a.Email}: {e.Message}");
        }
    }

    /// <summary>The form's fields as the page shows them (the counts, the version, the antiforgery token) and the button pressed.</summary>
    private static FormUrlEncodedContent Fields(string html, string action)
    {
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", BenchPortal.Token(html)), new("action", action) };
        foreach (var name in IndicatorCounts.FormFields.Select(f => f.Name).Append("Version"))
        {
            fields.Add(new(name, Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value));
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>What the database holds afterwards: forms submitted, «Отправлена» events, and forms with more than one.</summary>
    private static async Task<(long Submitted, long Events, long Duplicated)> CountAsync(string connectionString, int campaignId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            WITH sent AS (
                SELECT e.form_id, count(*) AS times FROM monitoring_form_events e JOIN monitoring_forms f ON f.id = e.form_id
                WHERE f.campaign_id = @c AND e.action LIKE 'Отправлена%' GROUP BY e.form_id)
            SELECT (SELECT count(*) FROM monitoring_forms WHERE campaign_id = @c AND status = 'Submitted'),
                   (SELECT coalesce(sum(times), 0) FROM sent), (SELECT count(*) FROM sent WHERE times > 1)
            """, connection);
        command.Parameters.AddWithValue("c", campaignId);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0
        : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
