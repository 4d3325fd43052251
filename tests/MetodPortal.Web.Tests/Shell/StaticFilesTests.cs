using System.Net;
using System.Net.Http.Headers;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>
/// Light on a slow line, checked on the portal run as run.sh runs it (its own process, from the build): static files under versioned URLs,
/// cached for a year and sent precompressed; the favicon there; pages compressed for the portal's own requests only (BREACH).
/// </summary>
public sealed class StaticFilesTests
{
    [Fact]
    public async Task Static_files_are_versioned_cached_for_a_year_and_precompressed_and_pages_compressed_only_for_the_portals_own_requests()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("static");
        try
        {
            await using var portal = await PortalProcess.StartAsync(database);
            using var client = new PortalClient(portal.Client());
            var login = await PortalClient.ParseAsync(await client.Http.GetStringAsync("/Account/Login"));
            var files = login.QuerySelectorAll("link[rel=stylesheet], script[src], link[rel=icon]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!).ToList();
            Assert.True(files.Count >= 3, string.Join(", ", files));
            foreach (var file in files)
            {
                foreach (var encoding in new[] { "br", "gzip" })
                {
                    using var response = await SendAsync(client, file, encoding, site: null);
                    Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                    Assert.True(TimeSpan.FromDays(365) == response.Headers.CacheControl?.MaxAge && response.Headers.CacheControl.Extensions
                        .Any(e => e.Name == "immutable"), $"{file} {encoding}: {response.Headers}");

                    // A stylesheet or script is sent compressed; a 169-byte icon is not worth it.
                    Assert.True(file.EndsWith(".svg", StringComparison.Ordinal) || response.Content.Headers.ContentEncoding.SequenceEqual([encoding]),
                        $"{file} {encoding}: {response.Content.Headers}");
                }
            }

            using (var favicon = await client.GetAsync("/favicon.ico"))
            {
                Assert.Equal((HttpStatusCode.OK, "image/x-icon"), (favicon.StatusCode, favicon.Content.Headers.ContentType?.MediaType));
            }

            Assert.Equal(HttpStatusCode.Redirect, (await client.LoginAsync("methodist@demo.local", "Demo-2026")).StatusCode);
            foreach (var (site, compressed) in new[] { ("same-origin", true), ("none", true), ("cross-site", false), ((string?)null, false) })
            {
                using var page = await SendAsync(client, "/staff", "br", site);
                Assert.Equal(HttpStatusCode.OK, page.StatusCode);
                Assert.True(page.Content.Headers.ContentEncoding.SequenceEqual(compressed ? ["br"] : []), $"Sec-Fetch-Site: {site}");
            }
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }

    private static Task<HttpResponseMessage> SendAsync(PortalClient client, string url, string encoding, string? site)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        return client.Http.SendAsync(request);
    }
}
