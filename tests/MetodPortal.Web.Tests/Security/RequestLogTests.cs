using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Testing;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Http;
using Serilog.Events;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// The request log (Serilog's request logging) keeps its promise: one line per request with method, path, status and
/// duration; never a query string, a form body or the personal data in them.
/// </summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task Each_request_is_one_line_of_method_path_status_and_duration_without_query_or_body()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("requestlog");
        try
        {
            await using var portal = await PortalProcess.StartAsync(database, environment: new Dictionary<string,
                string> { ["Serilog__MinimumLevel__Default"] = "Information" });
            using var school = new PortalClient(portal.Client());
            Assert.Equal(HttpStatusCode.Redirect, (await school.LoginAsync("school@demo.local", "Demo-2026")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await school.GetAsync("/staff?q=Орлова&sort=name")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync("/staff/999999999?secret=Медведева")).StatusCode);

            Assert.True(await portal.OutputShowsAsync(o => o.Contains("/staff/999999999 responded 404", StringComparison.Ordinal),
                TimeSpan.FromMinutes(1)), portal.Output);
            var log = portal.Output;
            Assert.Matches(RequestLine("POST", "/Account/Login", 302), log);
            Assert.Matches(RequestLine("GET", "/staff", 200), log);
            Assert.Matches(RequestLine("GET", "/staff/999999999", 404), log);
            foreach (var secret in new[] { "Орлова", "Медведева", "%D0", "q=", "secret", "sort=", "Demo-2026", "Password", "__RequestVerificationToken" })
            {
                Assert.DoesNotContain(secret, log, StringComparison.Ordinal);
            }
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public void A_request_the_client_gave_up_is_no_error_but_a_failure_of_the_portal_is()
    {
        using var hungUp = new CancellationTokenSource();
        hungUp.Cancel();
        var aborted = new DefaultHttpContext { RequestAborted = hungUp.Token };
        Assert.Equal(LogEventLevel.Information, RequestLogLevel.Of(aborted, 5, new OperationCanceledException()));
        Assert.Equal(LogEventLevel.Information, RequestLogLevel.Of(aborted, 5, null));
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.Of(aborted, 5, new InvalidOperationException()));

        var answered = new DefaultHttpContext();
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.Of(answered, 5, new OperationCanceledException()));
        answered.Response.StatusCode = 503;
        Assert.Equal(LogEventLevel.Error, RequestLogLevel.Of(answered, 5, null));
        answered.Response.StatusCode = 404;
        Assert.Equal(LogEventLevel.Information, RequestLogLevel.Of(answered, 5, null));
    }

    private static Regex RequestLine(string method, string path, int status) =>
        new($@"RequestLoggingMiddleware: HTTP {method} {Regex.Escape(path)} responded {status} in \d+\.\d{{4}} ms");
}
