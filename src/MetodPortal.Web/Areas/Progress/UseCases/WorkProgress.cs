using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text.RegularExpressions;
using MetodPortal.Web.Infrastructure;

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
/// up, so the page can show it while it waits instead of looking frozen. Kept in memory for a quarter of an hour: the
/// portal runs as one process (docs/operations.md), and a lost note only means a page shows its spinner alone.
/// </summary>
public sealed partial class WorkProgress(TimeProvider clock)
{
    private const int MaxNotes = 10_000;
    private static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(15);
    private readonly ConcurrentDictionary<(int User, string Ticket), WorkNote> notes = new();

    /// <summary>A tracker that writes the user's note under the ticket; a silent one without a valid ticket.</summary>
    public WorkTracker Start(ClaimsPrincipal user, string? ticket)
    {
        if (user.UserIdOf() is not { } userId || ticket is null || !Ticket().IsMatch(ticket))
        {
            return WorkTracker.Silent;
        }

        var now = clock.GetUtcNow();
        foreach (var (key, note) in notes)
        {
            if (now - note.Written > KeptFor)
            {
                notes.TryRemove(key, out _);
            }
        }

        return notes.Count >= MaxNotes
            ? WorkTracker.Silent
            : new WorkTracker((step, finished) => notes[(userId, ticket)] = new WorkNote(step, finished, clock.GetUtcNow()));
    }

    /// <summary>The user's own note under the ticket; another user's ticket finds nothing.</summary>
    public WorkNote? Read(ClaimsPrincipal user, string? ticket) =>
        user.UserIdOf() is { } userId && ticket is not null && notes.TryGetValue((userId, ticket), out var note) ? note : null;

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
