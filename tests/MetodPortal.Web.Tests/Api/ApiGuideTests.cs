using System.Diagnostics;
using System.Text.RegularExpressions;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Api;

/// <summary>docs/api.md's examples work: each command of its sh blocks is run with curl against a running portal and a token made on its page.</summary>
public sealed partial class ApiGuideTests
{
    [Fact]
    public async Task Every_curl_example_of_the_guide_runs_against_the_portal()
    {
        var commands = ShBlock().Matches(await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "api.md")))
            .SelectMany(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        Assert.True(commands.Count >= 8, $"{commands.Count} examples");

        var database = await PostgresServer.Shared.CreateDatabaseAsync("guide");
        try
        {
            await using var portal = await PortalProcess.StartAsync(database);
            using var ministry = new PortalClient(portal.Client());
            Assert.Equal(System.Net.HttpStatusCode.Redirect, (await ministry.LoginAsync("ministry@demo.local", "Demo-2026")).StatusCode);
            var token = await ministry.CreateTokenAsync(personalData: true, name: "Примеры руководства");

            foreach (var command in commands)
            {
                var (exit, output, errors) = await RunAsync(command, portal.Address.ToString().TrimEnd('/'), token);
                Assert.True(exit == 0 && output.Trim().Length > 0, $"{command}\n→ exit {exit}: {output[..Math.Min(300, output.Length)]} {errors}");
                Assert.DoesNotContain("\"status\":4", output, StringComparison.Ordinal);
            }

            Assert.Equal("304", (await RunAsync(commands[^1], portal.Address.ToString().TrimEnd('/'), token)).Output.Trim());
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }

    private static async Task<(int Exit, string Output, string Errors)> RunAsync(string command, string portal, string token)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("set -o pipefail; " + command);
        start.Environment["PORTAL"] = portal;
        start.Environment["TOKEN"] = token;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await errors);
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShBlock();
}
