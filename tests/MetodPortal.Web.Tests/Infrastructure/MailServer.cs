using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>
/// A real SMTP server in the test process, on a free port of the loopback: it keeps every message it accepts, and while
/// <see cref="Refusing"/> it answers each one «451 try again later», as a mail server in trouble does.
/// </summary>
public sealed class MailServer : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly Task running;

    public MailServer()
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(this));
        running = new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
    }

    public int Port { get; }

    public bool Refusing { get; set; }

    /// <summary>How many times a message was refused while <see cref="Refusing"/>.</summary>
    public int Refused;

    public ConcurrentQueue<MimeMessage> Received { get; } = new();

    /// <summary>The settings that point a portal at this server, with a quick outbox and retry so that a test need not wait long.</summary>
    public IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("Smtp:Host", "127.0.0.1"), new("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("Smtp:From", "portal@metodportal.test"), new("Smtp:PollSeconds", "0.2"), new("Smtp:RetrySeconds", "0.5"),
        new("Portal:BaseUrl", "https://portal.example"),
    ];

    /// <summary>
    /// The messages to <paramref name="address"/> (whose text holds <paramref name="about"/>, when given), once at least <paramref name="count"/>
    /// of them came or the wait ran out.
    /// </summary>
    public async Task<List<MimeMessage>> ToAsync(string address, int count = 1, int seconds = 60, string? about = null)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        List<MimeMessage> Of() => [.. Received.Where(m => m.To.Mailboxes.Any(b => b.Address.Equals(address, StringComparison.OrdinalIgnoreCase))
            && (about is null || (m.TextBody ?? "").Contains(about, StringComparison.Ordinal)))];
        while (Of().Count < count && DateTime.UtcNow < until)
        {
            await Task.Delay(50);
        }

        return Of();
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await running;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private sealed class Store(MailServer server) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (server.Refusing)
            {
                Interlocked.Increment(ref server.Refused);
                return new SmtpResponse((SmtpReplyCode)451, "Try again later");
            }

            await using var stream = new MemoryStream(buffer.ToArray());
            server.Received.Enqueue(await MimeMessage.LoadAsync(stream, cancellationToken));
            return SmtpResponse.Ok;
        }
    }
}
