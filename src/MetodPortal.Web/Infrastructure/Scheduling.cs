using MetodPortal.Web.Notifications;
using Quartz;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The portal's scheduled work on Quartz.NET, its triggers kept in PostgreSQL (schema <c>quartz</c>, created by the scheduler at start) in
/// clustered mode: with several portal processes on one database each firing runs on one of them only. Intervals come from configuration
/// (<c>Jobs:RemindersSeconds</c>, <c>Jobs:PurgeSeconds</c>, <c>Smtp:PollSeconds</c>); the mail job runs only where mail is configured.
/// </summary>
public static class Scheduling
{
    public static IServiceCollection AddScheduledJobs(this IServiceCollection services, IConfiguration configuration, string connectionString)
    {
        var reminders = TimeSpan.FromSeconds(configuration.GetValue("Jobs:RemindersSeconds", 3600.0));
        var purge = TimeSpan.FromSeconds(configuration.GetValue("Jobs:PurgeSeconds", 3600.0));
        var mail = TimeSpan.FromSeconds(configuration.GetValue("Smtp:PollSeconds", 5.0));
        // The scheduler's tables live apart from the portal's (not in the model, so not in its migrations): their schema is made
        // before the scheduler starts and creates what it misses.
        services.AddHostedService(sp => new QuartzSchema(connectionString));
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(connectionString);
                store.ConfigureStore(o => o.TablePrefix = "quartz.qrtz_");
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                store.ProvisionSchema();
            });
            Every<RemindersJob>(q, reminders);
            Every<PurgeJob>(q, purge);
            if (configuration.GetSection("Smtp").Get<SmtpSettings>()?.Enabled == true)
            {
                Every<MailJob>(q, mail);
            }
        });
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder q, TimeSpan interval)
        where TJob : class, IJob =>
        q.ScheduleJob<TJob>(
            // The first run one interval after start: a restart does not bring every job at once.
            trigger => trigger.WithIdentity(typeof(TJob).Name).StartAt(DateTimeOffset.UtcNow + interval)
                .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()),
            job => job.WithIdentity(typeof(TJob).Name).DisallowConcurrentExecution());
}

/// <summary>Creates the schema <c>quartz</c> if it is missing.</summary>
public sealed class QuartzSchema(string connectionString) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand("CREATE SCHEMA IF NOT EXISTS quartz", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

/// <summary>Writes the reminders that are due (<see cref="Reminders"/>).</summary>
public sealed class RemindersJob(Reminders reminders) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) => await reminders.SendAsync(cancellationToken);
}

/// <summary>Delivers the outbox (<see cref="MailSender"/>): batch after batch while full ones come.</summary>
public sealed class MailJob(MailSender sender) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        while (await sender.SendDueAsync(cancellationToken) == MailSender.Batch)
        {
        }
    }
}
