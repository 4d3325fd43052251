using System.Net;
using System.Text.RegularExpressions;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed partial class ResetPasswordTests(MailPortal fixture) : IClassFixture<MailPortal>
{
    private readonly PortalFactory factory = fixture.Portal;

    [GeneratedRegex(@"https://portal\.example(/account/reset\?user=\d+&token=\S+)")]
    private static partial Regex ResetLink();

    /// <summary>The path of the link the letter brings to <paramref name="email"/>.</summary>
    private async Task<string> LinkForAsync(string email)
    {
        using var anonymous = factory.Client();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.PostAsync("/account/forgot", [new("Email", email)], "/account/forgot")).StatusCode);
        var letter = Assert.Single(await fixture.Mail.ToAsync(email, about: "/account/reset"));
        return ResetLink().Match(letter.TextBody ?? "").Groups[1].Value;
    }

    private static async Task<HttpResponseMessage> SetAsync(PortalClient client, string link, string password, string repeat)
    {
        var form = (await client.GetPageAsync(link)).QuerySelector("form[method=post]")!;
        return await client.PostAsync(link, PortalClient.FieldsOf(form, ("New", password), ("Confirm", repeat)), link);
    }

    private static async Task<string?> SummaryAsync(HttpResponseMessage response) =>
        (await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync())).QuerySelector("#validation-summary")?.TextContent;

    [Fact]
    public async Task The_link_sets_a_new_password_once_and_ends_the_old_sessions()
    {
        using var earlier = await factory.LoginAsync("teacher@demo.local");
        var link = await LinkForAsync("teacher@demo.local");
        using var client = factory.Client();

        var mismatch = await SetAsync(client, link, "Novy-Parol-2027", "Novy-Parol-2028");
        Assert.Equal(HttpStatusCode.OK, mismatch.StatusCode);
        Assert.Contains("не совпадают", await SummaryAsync(mismatch), StringComparison.Ordinal);

        var done = await SetAsync(client, link, "Novy-Parol-2027", "Novy-Parol-2027");
        Assert.Equal((HttpStatusCode.Redirect, "/Account/Login"), (done.StatusCode, done.Headers.Location?.OriginalString));
        Assert.Equal("Пароль изменён. Войдите с новым паролем.", (await client.GetPageAsync("/Account/Login")).QuerySelector("#flash")?.TextContent.Trim());

        Assert.Equal(HttpStatusCode.Redirect, (await earlier.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.Client().LoginAsync("teacher@demo.local", "Demo-2026")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("teacher@demo.local", "Novy-Parol-2027")).StatusCode);

        var again = await SetAsync(factory.Client(), link, "Eshchyo-Parol-2029", "Eshchyo-Parol-2029");
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Ссылка для смены пароля недействительна или устарела", await SummaryAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_weak_password_or_a_forged_link_changes_nothing()
    {
        var link = await LinkForAsync("school2@demo.local");
        using var client = factory.Client();

        var weak = await SetAsync(client, link, "korotkiy", "korotkiy");
        Assert.Contains("заглавную букву", await SummaryAsync(weak), StringComparison.Ordinal);

        var forged = link[..(link.IndexOf("token=", StringComparison.Ordinal) + 6)] + "CfDJ8forged";
        var refused = await SetAsync(client, forged, "Novy-Parol-2027", "Novy-Parol-2027");
        Assert.Contains("недействительна или устарела", await SummaryAsync(refused), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("school2@demo.local", "Demo-2026")).StatusCode);
    }
}
