using System.Text.RegularExpressions;
using MetodPortal.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetodPortal.Bench;

/// <summary>The real portal in-process (test server, real HTTP pipeline) on a database of the benchmark's own cluster.</summary>
internal sealed class BenchPortal : IAsyncDisposable
{
    private readonly WebApplicationFactory<global::Program> _factory;

    static BenchPortal()
    {
        // Outside a test project WebApplicationFactory cannot find the web project's folder by itself.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_METODPORTAL_WEB", Path.Combine(Repository.Root, "src", "MetodPortal.Web"));
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Default", "Warning");
        Environment.SetEnvironmentVariable("Serilog__MinimumLevel__Override__Microsoft.AspNetCore.HttpLogging", "Warning");
    }

    /// <summary>Starts the portal on <paramref name="connectionString"/>: migrations, reference data and, with <paramref name="demo"/>, the demo
    /// data.</summary>
    public BenchPortal(string connectionString, bool demo)
    {
        ConnectionString = connectionString;
        _factory = new WebApplicationFactory<global::Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("ConnectionStrings:Main", connectionString);
            b.UseSetting("Seed:Demo", demo ? "true" : "false");
            b.UseEnvironment("Production");
        });
        _ = _factory.Server;
    }

    public string ConnectionString { get; }

    public async Task<HttpClient> LoginAsync(string email, string password = "Demo-2026")
    {
        var client = _factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        await SignInAsync(client, email, password);
        return client;
    }

    /// <summary>Signs <paramref name="client"/> (cookies kept, redirects not followed) in through the login form.</summary>
    public static async Task SignInAsync(HttpClient client, string email, string password)
    {
        var token = Token(await client.GetStringAsync("/Account/Login"));
        var response = await client.PostAsync("/Account/Login",
            new FormUrlEncodedContent([new("Email", email), new("Password", password), new("__RequestVerificationToken", token)]));
        if (response.Headers.Location?.OriginalString.Contains("Login", StringComparison.Ordinal) != false)
        {
            throw new InvalidOperationException($"{email} could not sign in.");
        }
    }

    public static string Token(string html) => Regex.Match(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value;

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
