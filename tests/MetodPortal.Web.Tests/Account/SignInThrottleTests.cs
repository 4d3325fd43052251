using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account;

/// <summary>Failed sign-ins are throttled per client address, so a stranger cannot lock every known account at will.</summary>
public sealed class SignInThrottleTests
{
    [Fact]
    public async Task After_the_allowed_failures_an_address_is_refused_without_a_password_check_and_successes_take_no_permit()
    {
        await using var factory = new PortalFactory { Settings = { ["SignIn:FailuresPerAddress"] = "4", ["SignIn:WindowMinutes"] = "15" } };
        await factory.InitializeAsync();
        using var client = factory.Client();

        // Successful sign-ins are not counted: ten of them leave every permit.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("ministry@demo.local", "Demo-2026")).StatusCode);
        }

        // Four failures on four accounts: none is locked (each has one), but the address has used its allowance.
        foreach (var email in new[] { "methodist@demo.local", "coordinator@demo.local", "school@demo.local", "cnppm@demo.local" })
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(email, "wrong-password")).StatusCode);
        }

        var refused = await client.LoginAsync("teacher@demo.local", "wrong-password");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("слишком много неудачных попыток входа", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Refused before any password check: the teacher's failure count did not move, even the right password waits.
        await using var db = factory.Db();
        Assert.Equal(0, await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.AccessFailedCount).SingleAsync());
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.LoginAsync("teacher@demo.local", "Demo-2026")).StatusCode);
    }
}
