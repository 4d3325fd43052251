using System.Net;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account;

public sealed class LoginTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DemoUserSignsInAndTheLoginIsAudited()
    {
        using var client = factory.Client();
        var response = await client.LoginAsync("ministry@demo.local", "Demo-2026");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
        var home = await client.GetPageAsync("/");
        Assert.Contains("Соколова Марина Викторовна", home.Body!.TextContent, StringComparison.Ordinal);

        await using var db = factory.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.LoggedIn && a.UserName == "ministry@demo.local"));
    }

    [Fact]
    public async Task WrongPasswordShowsARussianMessageAndIsAudited()
    {
        using var client = factory.Client();
        var response = await client.LoginAsync("methodist@demo.local", "wrong-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("Неверная электронная почта или пароль", page.QuerySelector("#validation-summary")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.Action == AuditAction.LoginFailed && a.UserName == "methodist@demo.local"));
    }

    [Fact]
    public async Task FiveFailuresLockTheAccountEvenForTheRightPassword()
    {
        using var client = factory.Client();
        for (var i = 0; i < 5; i++)
        {
            await client.LoginAsync("cnppm@demo.local", "wrong-password");
        }

        var response = await client.LoginAsync("cnppm@demo.local", "Demo-2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organizations")).StatusCode);
        await using var db = factory.Db();
        Assert.True(await db.Users.AnyAsync(u => u.Email == "cnppm@demo.local" && u.LockoutEnd > DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task ALockedAccountReadsExactlyAsAnUnknownAddressSoNoAccountCanBeFoundOut()
    {
        using var client = factory.Client();
        await using (var db = factory.Db())
        {
            var school = await db.Users.SingleAsync(u => u.Email == "school2@demo.local");
            school.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(15);
            await db.SaveChangesAsync();
        }

        var locked = await SummaryAsync(await client.LoginAsync("school2@demo.local", "Demo-2026"));
        var unknown = await SummaryAsync(await client.LoginAsync("nobody-here@demo.local", "Demo-2026"));
        var wrong = await SummaryAsync(await client.LoginAsync("ministry@demo.local", "wrong-password"));

        Assert.Equal(unknown, locked);
        Assert.Equal(unknown, wrong);
        Assert.Contains("Неверная электронная почта или пароль", unknown, StringComparison.Ordinal);
        Assert.DoesNotContain("заблокирован", locked, StringComparison.Ordinal);
    }

    private static async Task<string> SummaryAsync(HttpResponseMessage response)
    {
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return page.QuerySelector("#validation-summary")!.TextContent.Trim();
    }

    [Fact]
    public async Task APostWithoutTheAntiforgeryTokenIsRefused()
    {
        using var client = factory.Client();
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(
            [new("Email", "ministry@demo.local"), new("Password", "Demo-2026")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AnonymousUserIsSentToTheLoginPage()
    {
        using var client = factory.Client();
        var response = await client.GetAsync("/organizations");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Account/Login", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AuthCookieIsHttpOnlyAndSameSite()
    {
        using var client = factory.Client();
        var response = await client.LoginAsync("coordinator@demo.local", "Demo-2026");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("metodportal.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task LogoutEndsTheSession()
    {
        using var client = await factory.LoginAsync("school2@demo.local");
        var response = await client.PostAsync("/Account/Logout");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/organizations")).StatusCode);
    }
}
