using System.Net;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Notifications;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed class RequestPasswordResetTests(MailPortal fixture) : IClassFixture<MailPortal>
{
    private readonly PortalFactory factory = fixture.Portal;

    private async Task<(HttpResponseMessage Response, AngleSharp.Dom.IDocument Page)> AskAsync(PortalClient client, string email)
    {
        var response = await client.PostAsync("/account/forgot", [new("Email", email)], "/account/forgot");
        var page = response.StatusCode == HttpStatusCode.Redirect
            ? await client.GetPageAsync(response.Headers.Location!.OriginalString)
            : await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        return (response, page);
    }

    [Fact]
    public async Task A_known_address_gets_a_link_and_an_unknown_one_the_same_answer_and_no_mail()
    {
        using var client = factory.Client();

        var (known, knownPage) = await AskAsync(client, "teacher@demo.local");
        var (unknown, unknownPage) = await AskAsync(client, "nobody-here@demo.local");

        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (known.StatusCode, unknown.StatusCode));
        Assert.Equal(known.Headers.Location, unknown.Headers.Location);
        Assert.Equal(RequestPasswordReset.Sent, knownPage.QuerySelector("#flash")?.TextContent.Trim());
        Assert.Equal(RequestPasswordReset.Sent, unknownPage.QuerySelector("#flash")?.TextContent.Trim());

        var letter = Assert.Single(await fixture.Mail.ToAsync("teacher@demo.local", about: "/account/reset"));
        Assert.Equal("МетодПортал: смена пароля", letter.Subject);
        Assert.Contains("https://portal.example/account/reset?user=", letter.TextBody, StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.False(await db.OutboxMails.AnyAsync(m => m.To == "nobody-here@demo.local"));
    }

    [Fact]
    public async Task A_malformed_address_is_answered_in_russian_and_sends_nothing()
    {
        using var client = factory.Client();
        await using var db = factory.Db();
        var before = await db.OutboxMails.CountAsync();

        var (response, page) = await AskAsync(client, "не адрес");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Электронная почта указана неверно.", page.QuerySelector("#validation-summary")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await db.OutboxMails.CountAsync());
    }

    [Fact]
    public async Task Without_a_mail_server_the_portal_says_to_ask_the_administrator()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var withoutMail = new Outbox(Options.Create(new SmtpSettings()), scope.Get<IConfiguration>(), TimeProvider.System);
        var request = new RequestPasswordReset(scope.Get<UserManager<AppUser>>(), scope.Get<MetodPortal.Data.PortalDbContext>(), withoutMail,
            scope.Get<FluentValidation.IValidator<ForgotPasswordForm>>());

        var outcome = await request.HandleAsync(new ForgotPasswordForm { Email = "teacher@demo.local" }, default);

        Assert.Contains("обратитесь к администратору", Assert.IsType<Outcome.Refusal>(outcome).Reason, StringComparison.Ordinal);
    }
}
