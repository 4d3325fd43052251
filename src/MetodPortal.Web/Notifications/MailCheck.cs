using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Notifications;

/// <summary>
/// Says on <c>/health/detail</c> whether mail goes out: without <c>Smtp__Host</c> the portal is healthy, and keeps notices in the portal
/// only; with it, how many mails wait and whether the last attempts failed (a failure is not an outage: mail waits in the outbox).
/// </summary>
public sealed class MailCheck(IOptions<SmtpSettings> smtp) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(HealthCheckResult.Healthy(smtp.Value.Enabled
            ? $"e-mail через {smtp.Value.Host}:{smtp.Value.Port}"
            : "почта не настроена (Smtp__Host): уведомления только в портале"));

    /// <summary>Each check with its status and description, as JSON.</summary>
    public static Task WriteDetailAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All) }));
    }
}
