using System.Globalization;
using System.Net;
using MetodPortal.Web.Areas.Api;
using MetodPortal.Web.Tests.Api;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account.UseCases;

/// <summary>A personal access token is made on /account/tokens: named, for up to a year, shown once, kept only as a hash.</summary>
public sealed class CreateApiTokenTests(PortalFactory portal) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_token_is_shown_once_kept_as_its_hash_and_audited()
    {
        using var school = await portal.LoginAsync("school@demo.local");
        var secret = await school.CreateTokenAsync(personalData: true, name: "Сайт школы");
        Assert.StartsWith("mpt_", secret, StringComparison.Ordinal);

        await using var db = portal.Db();
        var token = await db.ApiTokens.SingleAsync(t => t.Name == "Сайт школы");
        Assert.Equal(ApiTokenAuthentication.HashOf(secret), token.Hash);
        Assert.Equal(secret[..10], token.Prefix);
        Assert.True(token.MayReadPersonalData);
        Assert.True(token.ExpiresAt > DateTimeOffset.UtcNow.AddDays(29));
        Assert.False(await db.ApiTokens.AnyAsync(t => t.Hash == secret || t.Name == secret));
        var audit = await db.AuditEntries.Where(a => a.EntityType == "ApiToken" && a.EntityId == token.Id.ToString(CultureInfo.InvariantCulture)).SingleAsync();
        Assert.DoesNotContain(token.Hash, audit.Changes ?? "", StringComparison.Ordinal);

        // The list shows its name and first characters, never the secret again.
        var list = await school.Http.GetStringAsync("/account/tokens");
        Assert.Contains("Сайт школы", list, StringComparison.Ordinal);
        Assert.Contains(token.Prefix + "…", list, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await portal.Client(secret).GetAsync("/api/v1/organizations")).StatusCode);
    }

    [Fact]
    public async Task A_token_without_a_name_or_for_more_than_a_year_is_refused_with_the_reasons_and_nothing_is_made()
    {
        using var ministry = await portal.LoginAsync("ministry@demo.local");
        await using var db = portal.Db();
        var before = await db.ApiTokens.CountAsync();
        var tooLong = DateTime.UtcNow.AddDays(400).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        var response = await ministry.PostAsync("/account/tokens", [new("Name", " "), new("ExpiresOn", tooLong)], "/account/tokens");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#validation-summary")!.TextContent;
        Assert.Contains("Укажите название токена", summary, StringComparison.Ordinal);
        Assert.Contains("не дольше года", summary, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#new-token"));

        var past = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var expired = await ministry.PostAsync("/account/tokens", [new("Name", "Прошлое"), new("ExpiresOn", past)], "/account/tokens");
        Assert.Contains("позже сегодняшнего дня", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.ApiTokens.CountAsync());
    }

    [Fact]
    public async Task A_teachers_token_reads_only_the_teachers_own_records()
    {
        var api = portal.Client(await portal.CreateTokenAsync("teacher@demo.local"));
        await using var db = portal.Db();
        var self = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.EducatorId).SingleAsync();

        var routes = await api.AllAsync("/api/v1/routes");
        Assert.NotEmpty(routes);
        Assert.All(routes, r => Assert.Equal(self, r.GetProperty("educatorId").GetInt32()));
        Assert.All(await api.AllAsync("/api/v1/diagnostics"), d => Assert.Equal(self, d.GetProperty("educatorId").GetInt32()));
        // The staff list and the monitoring are not a teacher's to read, by API as by page.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/educators")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.GetAsync("/api/v1/indicators")).StatusCode);
    }
}
