using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// Cookies and headers beyond the sign-in tests (LoginTests, DisabledUserTests, ShellTests): Secure cookies over
/// HTTPS and behind a TLS proxy, and pages that work under a Content-Security-Policy without inline script or style.
/// </summary>
public sealed class SessionAndHeaderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string[] Users =
        ["admin@demo.local", "ministry@demo.local", "cnppm@demo.local", "coordinator@demo.local", "methodist@demo.local", "school@demo.local",
            "teacher@demo.local"];

    [Fact]
    public async Task OverHttpsTheSessionAndAntiforgeryCookiesAreSecure()
    {
        using var client = new PortalClient(factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = true,
        }));
        AssertSecure(await client.LoginAsync("coordinator@demo.local", "Demo-2026"));
    }

    [Fact]
    public async Task BehindATlsProxyTheCookiesAreSecure()
    {
        // The client's cookie jar speaks plain HTTP to the test server, so it would not send a Secure cookie back:
        // the cookie the login page sets is read from the response instead.
        using var client = factory.Client();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Account/Login");
        request.Headers.Add("X-Forwarded-Proto", "https");
        var response = await client.Http.SendAsync(request);

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("metodportal.csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Fact]
    public async Task OverPlainHttpTheCookiesAreNotMarkedSecureSoTheLocalPortalStillWorks()
    {
        using var client = factory.Client();
        var response = await client.LoginAsync("coordinator@demo.local", "Demo-2026");
        Assert.DoesNotContain("secure", AuthCookie(response), StringComparison.OrdinalIgnoreCase);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("0", response.Headers.GetValues("X-XSS-Protection").Single());
    }

    [Fact]
    public async Task EveryMenuPageOfEveryRoleWorksWithoutInlineScriptOrStyle()
    {
        var pages = 0;
        foreach (var user in Users)
        {
            using var client = await factory.LoginAsync(user);
            var home = await client.GetPageAsync("/");
            var links = home.QuerySelectorAll("nav a[href^='/']").Select(a => a.GetAttribute("href")!).Append("/").Distinct().ToList();
            foreach (var url in links)
            {
                var response = await client.GetAsync(url);
                if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
                {
                    continue; // downloads and the sign-out form's target
                }

                pages++;
                Assert.Contains("script-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
                var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
                Assert.True(page.QuerySelectorAll("script:not([src])").Length == 0, $"{user} {url}: an inline <script>, which the CSP blocks");
                var inline = page.All.SelectMany(e => e.Attributes.Where(a => a.Name == "style" || a.Name.StartsWith("on", StringComparison.Ordinal))
                    .Select(a => $"<{e.LocalName} {a.Name}=\"{a.Value}\">")).ToList();
                Assert.True(inline.Count == 0, $"{user} {url}: {string.Join(", ", inline)} — the CSP ignores inline styles and handlers");
            }
        }

        Assert.True(pages > 30, $"only {pages} pages checked");
    }

    private static void AssertSecure(HttpResponseMessage login)
    {
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains("secure", AuthCookie(login), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", AuthCookie(login), StringComparison.OrdinalIgnoreCase);
    }

    private static string AuthCookie(HttpResponseMessage response) =>
        response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("metodportal.auth=", StringComparison.Ordinal));
}
