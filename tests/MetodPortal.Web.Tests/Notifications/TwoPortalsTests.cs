using System.Text.RegularExpressions;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Notifications;

/// <summary>Two portal processes on one database: the clustered scheduler runs each firing of the reminders and the mail on one of them.</summary>
public sealed partial class TwoPortalsTests
{
    [GeneratedRegex(@"Reminders written: (\d+)")]
    private static partial Regex RemindersRun();

    private static IEnumerable<int> Runs(PortalProcess portal) => RemindersRun().Matches(portal.Output).Select(m => int.Parse(m.Groups[1].Value,
        System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public async Task Two_portal_processes_write_and_mail_each_reminder_once()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("two");
        await using var mail = new MailServer();
        try
        {
            var settings = mail.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            settings["Jobs__RemindersSeconds"] = "1";
            settings["Serilog__MinimumLevel__Override__MetodPortal.Web.Infrastructure.RemindersJob"] = "Information";
            await using var first = await PortalProcess.StartAsync(database, environment: settings);
            await using var second = await PortalProcess.StartAsync(database, environment: settings);

            // Both in the cluster, and the reminders fired several times after the second joined.
            var joined = Runs(first).Count() + Runs(second).Count();
            Assert.True(await first.OutputShowsAsync(_ => Runs(first).Count() + Runs(second).Count() >= joined + 5, TimeSpan.FromSeconds(90)),
                first.Output + second.Output);
            Assert.Equal(2L, await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM quartz.qrtz_scheduler_state"));

            // Every reminder written once: what the runs say they wrote is what the table holds, one row a user and key, and no run failed.
            var keyed = await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM notifications WHERE key IS NOT NULL");
            Assert.True(keyed > 0, "the demo data has reminders due");
            Assert.Equal(keyed, Runs(first).Sum() + Runs(second).Sum());
            Assert.DoesNotContain("Exception", first.Output + second.Output, StringComparison.Ordinal);

            // Every mail delivered once.
            var mails = await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM outbox_mails");
            Assert.True(mails > 0, "reminders of deadlines come by e-mail by default");
            var until = DateTime.UtcNow.AddSeconds(60);
            while (await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM outbox_mails WHERE sent_at IS NULL") > 0 && DateTime.UtcNow < until)
            {
                await Task.Delay(100);
            }

            Assert.Equal(mails, mail.Received.Count);
            Assert.Equal(mail.Received.Count, mail.Received.Select(m => m.MessageId).Distinct().Count());
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }
}
