using MailKit.Net.Smtp;
using MailKit.Security;
using MetodPortal.Data;
using MetodPortal.Data.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MetodPortal.Web.Notifications;

/// <summary>
/// Delivers the outbox. A batch is claimed in one statement (<c>FOR UPDATE SKIP LOCKED</c>, with a claim that lapses), so two portal
/// processes never take the same mail; a mail is marked sent right after the server accepts it, and a failure waits twice as long as the
/// one before (from <see cref="SmtpSettings.RetrySeconds"/> up to an hour), so an outage delays mail and loses none. Each message carries
/// its outbox id as Message-Id: should a process die between sending and marking, the repeat is the same message. Run by
/// <see cref="Infrastructure.MailJob"/>.
/// </summary>
public sealed class MailSender(IServiceScopeFactory scopes, IOptions<SmtpSettings> options, TimeProvider clock, ILogger<MailSender> logger)
{
    public const int Batch = 20;
    private static readonly TimeSpan Claim = TimeSpan.FromMinutes(5);

    private SmtpSettings Smtp => options.Value;

    /// <summary>Sends what is due now; returns how many went.</summary>
    public async Task<int> SendDueAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var now = clock.GetUtcNow();
        var until = now + Claim;
        var ids = await db.Database.SqlQuery<int>($"""
            UPDATE outbox_mails SET claimed_until = {until}, attempts = attempts + 1
            WHERE id IN (SELECT id FROM outbox_mails
                         WHERE sent_at IS NULL AND next_attempt_at <= {now} AND (claimed_until IS NULL OR claimed_until < {now})
                         ORDER BY next_attempt_at, id LIMIT {Batch} FOR UPDATE SKIP LOCKED)
            RETURNING id AS "Value"
            """).ToListAsync(ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        var mails = await db.OutboxMails.AsNoTracking().Where(m => ids.Contains(m.Id)).OrderBy(m => m.Id).ToListAsync(ct);
        var sent = 0;
        try
        {
            using var client = new SmtpClient();
            await client.ConnectAsync(Smtp.Host!, Smtp.Port, Smtp.UseTls ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTlsWhenAvailable, ct);
            if (!string.IsNullOrEmpty(Smtp.User))
            {
                await client.AuthenticateAsync(Smtp.User, Smtp.Password ?? "", ct);
            }

            foreach (var mail in mails)
            {
                await client.SendAsync(Message(mail), ct);
                await db.OutboxMails.Where(m => m.Id == mail.Id)
                    .ExecuteUpdateAsync(m => m.SetProperty(x => x.SentAt, clock.GetUtcNow()).SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null)
                        .SetProperty(x => x.LastError, (string?)null), ct);
                sent++;
            }

            await client.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var failed = mails.Skip(sent).ToList();
            logger.LogWarning(e, "Mail delivery failed for {Count} messages; they are retried later", failed.Count);
            foreach (var mail in failed)
            {
                var next = clock.GetUtcNow() + Backoff(mail.Attempts + 1);
                var error = e.Message.Length > 1000 ? e.Message[..1000] : e.Message;
                await db.OutboxMails.Where(m => m.Id == mail.Id).ExecuteUpdateAsync(m => m.SetProperty(x => x.NextAttemptAt, next)
                    .SetProperty(x => x.ClaimedUntil, (DateTimeOffset?)null).SetProperty(x => x.LastError, error), CancellationToken.None);
            }
        }

        return sent;
    }

    /// <summary>The wait after the <paramref name="attempts"/>-th failed attempt.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(3600, Smtp.RetrySeconds * Math.Pow(2, Math.Max(0, attempts - 1))));

    private MimeMessage Message(OutboxMail mail)
    {
        var message = new MimeMessage { Subject = mail.Subject, MessageId = $"outbox-{mail.Id}@metodportal" };
        message.From.Add(new MailboxAddress("МетодПортал", Smtp.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Body = new BodyBuilder { TextBody = mail.Text, HtmlBody = mail.Html }.ToMessageBody();
        return message;
    }
}
