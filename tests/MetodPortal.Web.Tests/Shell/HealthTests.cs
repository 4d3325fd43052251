using System.Net;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

public sealed class HealthTests
{
    [Fact]
    public async Task WhileTheDatabaseIsDownPagesSayTheServiceIsUnavailableAndThePortalRecoversWhenItIsBack()
    {
        await using var factory = new PortalFactory();
        await factory.InitializeAsync();
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        using var anonymous = factory.Client();
        var loginToken = await anonymous.TokenAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/organizations")).StatusCode);

        await PostgresServer.Shared.TakeAwayAsync(factory.ConnectionString);
        try
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await anonymous.GetAsync("/health")).StatusCode);
            foreach (var url in new[] { "/organizations", "/staff", "/monitoring" })
            {
                var response = await coordinator.GetAsync(url);
                var html = await response.Content.ReadAsStringAsync();
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{url}: {(int)response.StatusCode}\n{html}");
                Assert.Contains("Сервис временно недоступен", html, StringComparison.Ordinal);
            }

            // A sign-in attempt while the database is down is answered the same way.
            var login = await anonymous.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(
                [new("Email", "methodist@demo.local"), new("Password", "Demo-2026"), new("__RequestVerificationToken", loginToken)]));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, login.StatusCode);
            Assert.Contains("Сервис временно недоступен", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            await PostgresServer.Shared.BringBackAsync(factory.ConnectionString);
        }

        // No restart: the same portal and the same session carry on.
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/organizations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/staff")).StatusCode);
    }
}
