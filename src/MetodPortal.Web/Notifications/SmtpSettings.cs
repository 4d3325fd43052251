namespace MetodPortal.Web.Notifications;

/// <summary>
/// The mail server (section <c>Smtp</c>: <c>Smtp__Host</c>, <c>Smtp__Port</c>, <c>Smtp__From</c>, optional <c>Smtp__User</c>,
/// <c>Smtp__Password</c>, <c>Smtp__UseTls</c>). Without a host the portal keeps notices in the portal only and writes no mail.
/// </summary>
public sealed class SmtpSettings
{
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string From { get; set; } = "metodportal@localhost";
    public string? User { get; set; }
    public string? Password { get; set; }

    /// <summary>TLS from the start (port 465); otherwise STARTTLS when the server offers it.</summary>
    public bool UseTls { get; set; }

    /// <summary>How often the sender looks into the outbox.</summary>
    public double PollSeconds { get; set; } = 5;

    /// <summary>The wait after the first failed attempt; each next failure doubles it, up to an hour.</summary>
    public double RetrySeconds { get; set; } = 30;

    public bool Enabled => !string.IsNullOrWhiteSpace(Host);
}
