using System.Net;
using MetodPortal.Data.Notifications;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Notifications;

/// <summary>
/// Letters of the portal as the outbox keeps them: Russian text and HTML, a link to the portal's page (<c>Portal__BaseUrl</c>) and the
/// portal's footer. Written only when mail is configured (<see cref="SmtpSettings.Enabled"/>); <see cref="MailSender"/> delivers them.
/// </summary>
public sealed class Outbox(IOptions<SmtpSettings> smtp, IConfiguration configuration, TimeProvider clock)
{
    private const string Footer = "МетодПортал. Выбрать, какие уведомления приходят на почту, можно в портале: раздел «Уведомления».";

    public bool Enabled => smtp.Value.Enabled;

    /// <param name="path">The portal's page the letter leads to, from the root (<c>/monitoring/forms/12</c>).</param>
    public OutboxMail Letter(int? userId, string to, string subject, string text, string path, string linkText = "Открыть в портале")
    {
        var now = clock.GetUtcNow();
        var link = (configuration["Portal:BaseUrl"] ?? "").TrimEnd('/') + path;
        subject = "МетодПортал: " + subject;
        return new OutboxMail
        {
            UserId = userId, To = to, Subject = subject.Length > 300 ? subject[..300] : subject, CreatedAt = now, NextAttemptAt = now,
            Text = $"{text}\n\n{linkText}: {link}\n\n—\n{Footer}",
            Html = $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">{WebUtility.HtmlEncode(linkText)}</a></p>"
                + $"<p style=\"color:#666\">{Footer}</p>",
        };
    }
}
