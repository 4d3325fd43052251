using System.Net;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed class ChangePasswordTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static Task<HttpResponseMessage> ChangeAsync(PortalClient client, string current, string password, string? repeat = null) =>
        client.PostAsync("/account/password", [new("Current", current), new("New", password), new("Confirm", repeat ?? password)], "/account/password");

    private static async Task<string?> SummaryAsync(HttpResponseMessage response) =>
        (await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#validation-summary")?.TextContent;

    [Fact]
    public async Task A_new_password_keeps_this_session_and_ends_the_others()
    {
        using var here = await factory.LoginAsync("methodist@demo.local");
        using var elsewhere = await factory.LoginAsync("methodist@demo.local");

        var changed = await ChangeAsync(here, "Demo-2026", "Novy-Parol-2027");

        Assert.Equal((HttpStatusCode.Redirect, "/account/profile"), (changed.StatusCode, changed.Headers.Location?.OriginalString));
        Assert.Contains("Пароль изменён", (await here.GetPageAsync("/account/profile")).QuerySelector("#flash")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await here.GetAsync("/staff")).StatusCode);
        var other = await elsewhere.GetAsync("/staff");
        Assert.Contains("/Account/Login", other.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("methodist@demo.local", "Novy-Parol-2027")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_current_password_a_weak_one_or_a_mismatch_change_nothing()
    {
        using var client = await factory.LoginAsync("school2@demo.local");

        Assert.Contains("Текущий пароль указан неверно.", await SummaryAsync(await ChangeAsync(client, "Ne-Tot-2026", "Novy-Parol-2027")),
            StringComparison.Ordinal);
        Assert.Contains("не менее 8 символов", await SummaryAsync(await ChangeAsync(client, "Demo-2026", "Ab-1")), StringComparison.Ordinal);
        Assert.Contains("не совпадают", await SummaryAsync(await ChangeAsync(client, "Demo-2026", "Novy-Parol-2027", "Novy-Parol-2028")),
            StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/profile")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("school2@demo.local", "Demo-2026")).StatusCode);
    }
}
