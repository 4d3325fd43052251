using System.Security.Claims;
using System.Text.RegularExpressions;
using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Progress.UseCases;

/// <summary>One moment of long work as its page shows it: the stage and what is done so far (rows read, errors found).</summary>
public sealed record WorkStep(string Stage, int Count = 0, int Total = 0, int Errors = 0, string Unit = "строк")
{
    public static WorkStep Reading(int rows) => new("Читаем файл", rows);

    public static WorkStep Checking(int rows, int total, int errors) => new("Проверяем строки", rows, total, errors);

    public static WorkStep Saving(int rows) => new("Записываем", rows);

    /// <summary>«Проверяем строки — строк: 1500 из 5000, ошибок: 3».</summary>
    public string Text =>
        Stage
        + (Count > 0 ? $" — {Unit}: {Number(Count)}{(Total > 0 ? $" из {Number(Total)}" : "")}" : "")
        + (Errors > 0 ? $", ошибок: {Number(Errors)}" : "");

    private static string Number(int value) => Display.Number(value);
}

/// <summary>
/// What each user's long work (an import, a report) has done so far, under a ticket the page that started it made
/// up, so the page can show it while it waits instead of looking frozen. Kept in PostgreSQL (<c>progress_notes</c>, purged after a quarter of
/// an hour), so the page's polls may reach any portal process behind the balancer. A step is written when it is reported — a new stage at
/// once, the same stage's counts at most every quarter of a second — on the worker's own thread, so the note is there before the work goes on;
/// a note that cannot be written only means a page shows its spinner alone.
/// </summary>
public sealed partial class WorkProgress(IServiceScopeFactory scopes, TimeProvider clock, ILogger<WorkProgress> logger)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan Every = TimeSpan.FromMilliseconds(250);

    /// <summary>A tracker that writes the user's note under the ticket; a silent one without a valid ticket.</summary>
    public WorkTracker Start(ClaimsPrincipal user, string? ticket)
    {
        if (user.UserIdOf() is not { } userId || ticket is null || !Ticket().IsMatch(ticket))
        {
            return WorkTracker.Silent;
        }

        WorkStep? written = null;
        var writtenAt = DateTimeOffset.MinValue;
        return new WorkTracker((step, finished) =>
        {
            var now = clock.GetUtcNow();
            if (!finished && written?.Stage == step.Stage && now - writtenAt < Every)
            {
                return;
            }

            (written, writtenAt) = (step, now);
            Write(userId, ticket, step, finished, now);
        });
    }

    /// <summary>The user's own note under the ticket; another user's ticket finds nothing.</summary>
    public async Task<WorkNote?> ReadAsync(ClaimsPrincipal user, string? ticket, CancellationToken ct)
    {
        if (user.UserIdOf() is not { } userId || ticket is null)
        {
            return null;
        }

        var since = clock.GetUtcNow() - KeptFor;
        await using var scope = scopes.CreateAsyncScope();
        var note = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().ProgressNotes.AsNoTracking()
            .FirstOrDefaultAsync(n => n.UserId == userId && n.Ticket == ticket && n.Written > since, ct);
        return note is null ? null : new WorkNote(new WorkStep(note.Stage, note.Count, note.Total, note.Errors, note.Unit), note.Finished, note.Written);
    }

    private void Write(int userId, string ticket, WorkStep step, bool finished, DateTimeOffset now)
    {
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.ExecuteSqlInterpolated($"""
                INSERT INTO progress_notes (user_id, ticket, stage, count, total, errors, unit, finished, written)
                VALUES ({userId}, {ticket}, {step.Stage}, {step.Count}, {step.Total}, {step.Errors}, {step.Unit}, {finished}, {now})
                ON CONFLICT (user_id, ticket) DO UPDATE SET stage = excluded.stage, count = excluded.count, total = excluded.total,
                    errors = excluded.errors, unit = excluded.unit, finished = excluded.finished, written = excluded.written
                """);
        }
        catch (Exception e) when (e is Npgsql.NpgsqlException or InvalidOperationException)
        {
            logger.LogWarning(e, "A progress note could not be written");
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Ticket();
}

public sealed record WorkNote(WorkStep Step, bool Finished, DateTimeOffset Written);

/// <summary>Reports the steps of one piece of work; disposing it marks the work finished.</summary>
public sealed class WorkTracker(Action<WorkStep, bool>? write) : IProgress<WorkStep>, IDisposable
{
    public static readonly WorkTracker Silent = new(null);

    private WorkStep last = new("Начинаем");

    public void Report(WorkStep value)
    {
        if (write is not null)
        {
            last = value;
            write(value, false);
        }
    }

    public void Dispose() => write?.Invoke(last with { Stage = "Готово" }, true);
}

public static class WorkSteps
{
    /// <summary>A file reader's count of rows read, reported as the «Читаем файл» step.</summary>
    public static IProgress<int> Reading(this IProgress<WorkStep> progress) => new RowsRead(progress);

    /// <summary>Reports at once on the reading thread (the framework's Progress would post it for later).</summary>
    private sealed class RowsRead(IProgress<WorkStep> progress) : IProgress<int>
    {
        public void Report(int value) => progress.Report(WorkStep.Reading(value));
    }
}
