using System.Globalization;
using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Api;

/// <summary>The request limit counts per token: over it, 429 with Retry-After, while another token goes on.</summary>
public sealed class ApiLimitTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_token_over_its_limit_gets_429_with_Retry_After_and_another_token_is_not_held_up()
    {
        // The limit is read when a token is first counted: this portal's tokens get 5 a minute.
        portal.Services.GetRequiredService<IConfiguration>()["Api:RequestsPerMinute"] = "5";
        var busy = portal.Client(await portal.CreateTokenAsync("ministry@demo.local", personalData: false, name: "Частые запросы"));
        var other = portal.Client(await portal.CreateTokenAsync("ministry@demo.local", personalData: false, name: "Другая система"));

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/v1/municipalities")).StatusCode);
        }

        var refused = await busy.GetAsync("/api/v1/municipalities");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Слишком много запросов", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        Assert.InRange(wait, 1, 60);

        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/v1/municipalities")).StatusCode);
    }
}
