using MetodPortal.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// Once an hour (<see cref="Scheduling"/>): deletes expired sessions, submission keys older than a day, progress notes older than a quarter
/// of an hour, and access records older than the
/// retention period (setting <c>AccessLog:RetentionYears</c>, 3 years by default). Each delete is one statement, so
/// two portal processes running it at once would only repeat an idempotent delete (the clustered scheduler runs it on one).
/// </summary>
public sealed class PurgeJob(IServiceScopeFactory scopes, TimeProvider clock, IConfiguration configuration, ILogger<PurgeJob> logger) : IJob
{
    public int RetentionYears => configuration.GetValue("AccessLog:RetentionYears", 3);

    public async Task PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var keysBefore = now.AddDays(-1);
        var accessBefore = now.AddYears(-RetentionYears);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var sessions = await db.UserSessions.Where(s => s.ExpiresAt <= now).ExecuteDeleteAsync(ct);
        var keys = await db.SubmissionKeys.Where(k => k.TakenAt < keysBefore).ExecuteDeleteAsync(ct);
        var reads = await db.AccessRecords.Where(a => a.At < accessBefore).ExecuteDeleteAsync(ct);
        var notesBefore = now - Areas.Progress.UseCases.WorkProgress.KeptFor;
        var notes = await db.ProgressNotes.Where(n => n.Written < notesBefore).ExecuteDeleteAsync(ct);
        logger.LogInformation("Purged {Sessions} expired sessions, {Keys} submission keys, {Reads} access records, {Notes} progress notes", sessions,
            keys, reads, notes);
    }

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await PurgeAsync(cancellationToken);
}
