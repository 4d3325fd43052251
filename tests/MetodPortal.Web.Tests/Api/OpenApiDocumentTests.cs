using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Security;
using Microsoft.OpenApi;

namespace MetodPortal.Web.Tests.Api;

/// <summary>The API describes itself: an OpenAPI 3.1 document that validates and names every endpoint, and a reference page that works offline.</summary>
public sealed partial class OpenApiDocumentTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_document_is_OpenAPI_3_1_validates_and_lists_every_endpoint_with_the_token_scheme()
    {
        var response = await portal.Client(null).GetAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await response.Content.ReadAsStringAsync();

        var read = OpenApiDocument.Parse(json, "json");
        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        var document = read.Document!;
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet())!);

        var endpoints = RouteInventory.Of(portal).Select(RouteInventory.Template).Where(t => t.StartsWith("api/v1/", StringComparison.Ordinal))
            .Select(t => "/" + Constraint().Replace(t, "}")).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(endpoints, document.Paths.Keys.Order(StringComparer.Ordinal));
        Assert.All(document.Paths.Values, p => Assert.Equal([HttpMethod.Get], p.Operations!.Keys));
        // Each operation says what it gives (from the action's summary) and under which heading the reference page lists it.
        Assert.All(document.Paths.Values.SelectMany(p => p.Operations!.Values), o =>
        {
            Assert.False(string.IsNullOrWhiteSpace(o.Summary));
            Assert.NotEmpty(o.Tags!);
        });
        Assert.Equal("bearer", document.Components!.SecuritySchemes!["token"].Scheme);
        Assert.True(document.Components.Schemas!.ContainsKey("ApiIndicator"), string.Join(", ", document.Components.Schemas.Keys));
    }

    [Fact]
    public async Task The_reference_page_serves_its_own_script_under_the_portals_content_policy()
    {
        var client = portal.Client(null);
        var page = await client.GetAsync("/api/docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        var document = await PortalClient.ParseAsync(html);
        var scripts = document.QuerySelectorAll("script").ToList();
        Assert.NotEmpty(scripts);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        foreach (var script in scripts)
        {
            var source = script.GetAttribute("src");
            if (source is not null)
            {
                Assert.DoesNotContain("://", source, StringComparison.Ordinal); // nothing from a CDN
                var file = await client.GetAsync(new Uri(new Uri("http://localhost/api/docs"), source));
                Assert.True(file.StatusCode == HttpStatusCode.OK, $"{source} → {(int)file.StatusCode}");
            }
            else
            {
                Assert.Contains($"'nonce-{script.GetAttribute("nonce")}'", policy, StringComparison.Ordinal);
            }
        }

        Assert.Contains("openapi", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/openapi/v1.json")).StatusCode);
    }

    [GeneratedRegex(@":\w+\}")]
    private static partial Regex Constraint();
}
