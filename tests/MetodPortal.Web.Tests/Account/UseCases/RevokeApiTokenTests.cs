using System.Globalization;
using System.Net;
using MetodPortal.Web.Tests.Api;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account.UseCases;

/// <summary>Revoking a token ends it from the next request; only its owner can.</summary>
public sealed class RevokeApiTokenTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_revoked_token_opens_nothing_and_another_users_token_cannot_be_revoked()
    {
        using var methodist = await portal.LoginAsync("methodist@demo.local");
        var secret = await methodist.CreateTokenAsync(name: "Платформа ЦНППМ");
        var api = portal.Client(secret);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/events")).StatusCode);
        int id;
        await using (var db = portal.Db())
        {
            id = await db.ApiTokens.Where(t => t.Name == "Платформа ЦНППМ").Select(t => t.Id).SingleAsync();
        }

        using var other = await portal.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/account/tokens/{id.ToString(CultureInfo.InvariantCulture)}/revoke", [],
            "/account/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/v1/events")).StatusCode);

        var page = await methodist.GetPageAsync("/account/tokens");
        Assert.NotNull(page.QuerySelector($"form[action='/account/tokens/{id.ToString(CultureInfo.InvariantCulture)}/revoke'][data-confirm]"));
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/account/tokens/{id.ToString(CultureInfo.InvariantCulture)}/revoke", [],
            "/account/tokens")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/v1/events")).StatusCode);
        Assert.Contains("отозван", (await methodist.GetPageAsync("/account/tokens")).QuerySelector("#tokens")!.TextContent, StringComparison.Ordinal);

        await using var check = portal.Db();
        Assert.NotNull((await check.ApiTokens.SingleAsync(t => t.Id == id)).RevokedAt);
    }
}
