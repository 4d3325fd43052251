using System.Globalization;
using System.Net;
using MetodPortal.Data.Identity;
using MetodPortal.Data.Security;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Account;

/// <summary>Sessions live on the server: a cookie copied before sign-out, disabling, a new role or password opens nothing.</summary>
public sealed class SignOutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_cookie_copied_before_sign_out_opens_nothing_afterwards()
    {
        int educatorId;
        await using (var db = factory.Db())
        {
            educatorId = await db.Employments.Where(e => e.Organization!.ShortName == Seeded.KhvSchool).Select(e => e.EducatorId).FirstAsync();
        }

        foreach (var (email, url) in new[]
        {
            ("methodist@demo.local", $"/staff/{educatorId.ToString(CultureInfo.InvariantCulture)}"),
            ("admin@demo.local", "/admin/audit"),
            ("ministry@demo.local", "/reports/monitoring/2025.pdf"),
        })
        {
            var (client, cookie) = await SignInAsync(email);
            using var copy = WithCookie(cookie);
            Assert.Equal(HttpStatusCode.OK, (await copy.GetAsync(url)).StatusCode);

            Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync("/Account/Logout")).StatusCode);

            var replayed = await copy.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
            Assert.Contains("/Account/Login", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
            client.Dispose();
        }
    }

    [Fact]
    public async Task Signing_out_ends_that_session_only()
    {
        var (first, _) = await SignInAsync("coordinator@demo.local");
        var (second, _) = await SignInAsync("coordinator@demo.local");

        await first.PostAsync("/Account/Logout");

        Assert.Equal(HttpStatusCode.Redirect, (await first.GetAsync("/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.GetAsync("/organizations")).StatusCode);
    }

    [Fact]
    public async Task Disabling_a_user_a_new_role_and_a_new_password_end_all_their_sessions()
    {
        using var admin = await factory.LoginAsync("admin@demo.local");
        var userId = await UserIdAsync("school2@demo.local");
        var id = userId.ToString(CultureInfo.InvariantCulture);

        // Disabled: every session of the user is deleted, not just refused.
        var (a, cookieA) = await SignInAsync("school2@demo.local");
        var (b, _) = await SignInAsync("school2@demo.local");
        Assert.Equal(2, await SessionsOfAsync(userId));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/users/{id}/disable")).StatusCode);
        Assert.Equal(0, await SessionsOfAsync(userId));
        using (var copy = WithCookie(cookieA))
        {
            Assert.Equal(HttpStatusCode.Redirect, (await copy.GetAsync("/organizations")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Redirect, (await b.GetAsync("/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/users/{id}/enable")).StatusCode);

        // A new password (whoever sets it) ends them too.
        var (c, _) = await SignInAsync("school2@demo.local");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByIdAsync(id))!;
            Assert.True((await users.ChangePasswordAsync(user, "Demo-2026", "Demo-2026-New!")).Succeeded);
            Assert.True((await users.ChangePasswordAsync(user, "Demo-2026-New!", "Demo-2026")).Succeeded);
        }

        Assert.Equal(0, await SessionsOfAsync(userId));
        Assert.Equal(HttpStatusCode.Redirect, (await c.GetAsync("/organizations")).StatusCode);

        // A new role: the edit page's save with another role ends the session.
        var (d, _) = await SignInAsync("school2@demo.local");
        var edit = await admin.GetPageAsync($"/admin/users/{id}/edit");
        var form = edit.QuerySelector("form[method=post]:not([action='/Account/Logout'])")!;
        var organizationId = (await factory.OrganizationAsync("МАУ «ЦРО»")).Id.ToString(CultureInfo.InvariantCulture);
        var saved = await admin.PostAsync($"/admin/users/{id}/edit", PortalClient.FieldsOf(form, ("Role", "Methodist"), ("OrganizationId", organizationId)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(0, await SessionsOfAsync(userId));
        Assert.Equal(HttpStatusCode.Redirect, (await d.GetAsync("/organizations")).StatusCode);
        foreach (var client in new[] { a, b, c, d })
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Expired_sessions_are_purged_and_live_ones_kept()
    {
        var userId = await UserIdAsync("cnppm@demo.local");
        var (live, _) = await SignInAsync("cnppm@demo.local");
        await using (var db = factory.Db())
        {
            db.UserSessions.Add(new UserSession
            {
                Key = "expired-" + Guid.NewGuid().ToString("N"), UserId = userId, Ticket = [1, 2, 3],
                CreatedAt = DateTimeOffset.UtcNow.AddDays(-2), LastSeenAt = DateTimeOffset.UtcNow.AddDays(-2), ExpiresAt = DateTimeOffset.UtcNow.AddDays(-1),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(2, await SessionsOfAsync(userId));
        await factory.Services.GetRequiredService<PurgeJob>().PurgeAsync(CancellationToken.None);

        Assert.Equal(1, await SessionsOfAsync(userId));
        Assert.Equal(HttpStatusCode.OK, (await live.GetAsync("/organizations")).StatusCode);
        live.Dispose();
    }

    [Fact]
    public async Task The_cookie_holds_a_key_not_the_claims()
    {
        var (client, cookie) = await SignInAsync("ministry@demo.local");
        await using var db = factory.Db();
        var session = await db.UserSessions.OrderByDescending(s => s.CreatedAt)
            .FirstAsync(s => s.UserId == db.Users.First(u => u.Email == "ministry@demo.local").Id);
        Assert.True(session.ExpiresAt > DateTimeOffset.UtcNow.AddHours(7));
        Assert.True(session.Ticket.Length > 100);
        Assert.True(cookie.Length < session.Ticket.Length * 2, "the cookie should carry a key, not the whole ticket");
        client.Dispose();
    }

    private async Task<(PortalClient Client, string Cookie)> SignInAsync(string email)
    {
        var client = factory.Client();
        var response = await client.LoginAsync(email, "Demo-2026");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("metodportal.auth=", StringComparison.Ordinal));
        return (client, cookie.Split(';')[0]);
    }

    /// <summary>A second client that only replays the copied cookie (as a stolen or forgotten one would be).</summary>
    private HttpClient WithCookie(string cookie)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);
        return client;
    }

    private async Task<int> UserIdAsync(string email)
    {
        await using var db = factory.Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<int> SessionsOfAsync(int userId)
    {
        await using var db = factory.Db();
        return await db.UserSessions.CountAsync(s => s.UserId == userId);
    }
}
