using System.Diagnostics;
using System.Net;
using System.Text;

namespace MetodPortal.Testing;

/// <summary>
/// The portal as an operator runs it: its own process (the web project's build of the same configuration as the
/// tests), on a loopback port the system gives it (port 0: no port is picked first and then raced for by another
/// program on the machine, such as a second portal or its PostgreSQL), over a database of the caller's. For what an in-process host cannot show — a
/// killed process, a real browser.
/// </summary>
public sealed partial class PortalProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private PortalProcess(Process process) => _process = process;

    public Uri Address { get; private set; } = null!;

    /// <summary>What the portal wrote to its console, for a failing test's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>Waits until the console output satisfies <paramref name="condition"/> (it is written asynchronously); false after <paramref
    /// name="timeout"/>.</summary>
    public async Task<bool> OutputShowsAsync(Func<string, bool> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!condition(Output))
        {
            if (DateTime.UtcNow > deadline || HasExited)
            {
                return condition(Output);
            }

            await Task.Delay(50);
        }

        return true;
    }

    /// <summary>Starts the portal on <paramref name="connectionString"/> (migrated and seeded by its own start-up) and waits until /health answers.</summary>
    /// <param name="environment">Settings on top of the defaults (e.g. a log level), as environment variables.</param>
    public static async Task<PortalProcess> StartAsync(string connectionString, bool demo = true, IReadOnlyDictionary<string, string>? environment = null)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}",
            StringComparison.Ordinal) ? "Release" : "Debug";
        var web = Path.Combine(Repository.Root, "src", "MetodPortal.Web");
        var dll = Path.Combine(web, "bin", configuration, "net10.0", "MetodPortal.Web.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException($"the portal is not built ({configuration})", dll);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = web, RedirectStandardOutput = true, RedirectStandardError = true,
            UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.Environment["ConnectionStrings__Main"] = connectionString;
        start.Environment["Seed__Demo"] = demo ? "true" : "false";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information"; // "Now listening on: …"
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var portal = new PortalProcess(Process.Start(start)!);
        portal._process.OutputDataReceived += (_, e) => portal.Append(e.Data);
        portal._process.ErrorDataReceived += (_, e) => portal.Append(e.Data);
        portal._process.BeginOutputReadLine();
        portal._process.BeginErrorReadLine();

        // A start on a busy machine (the demo region seeded while other test runs load the same disk) can take minutes; the deadline only
        // stops a portal that will never answer.
        var deadline = DateTime.UtcNow.AddMinutes(6);
        var exited = portal._process.WaitForExitAsync();
        if (await Task.WhenAny(portal._listening.Task, exited, Task.Delay(deadline - DateTime.UtcNow)) == portal._listening.Task)
        {
            portal.Address = await portal._listening.Task;
            // The probe waits as long as the start may take: a probe given up early is a request aborted in the portal's log.
            using var http = new HttpClient
            {
                BaseAddress = portal.Address, Timeout = TimeSpan.FromSeconds(Math.Max(1, (deadline - DateTime.UtcNow).TotalSeconds)),
            };
            while (DateTime.UtcNow < deadline && !portal.HasExited)
            {
                try
                {
                    if ((await http.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                    {
                        return portal;
                    }
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // not answering yet: ask again until the deadline
                }

                await Task.Delay(250);
            }
        }

        var output = portal.Output;
        await portal.DisposeAsync();
        throw new InvalidOperationException($"the portal did not start:\n{output}");
    }

    /// <summary>An HTTP client of the portal with its own cookies, redirects not followed (as the in-process tests' clients).</summary>
    public HttpClient Client() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(2) };

    /// <summary>SIGKILL: no shutdown, no disposal, no chance to finish what it was doing.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial System.Text.RegularExpressions.Regex ListeningOn();
}
