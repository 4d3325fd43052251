using System.Text.RegularExpressions;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Notifications;

/// <summary>Two portal processes on one database: the clustered scheduler runs each firing of the reminders and the mail on one of them.</summary>
public sealed partial class TwoPortalsTests
{
    [GeneratedRegex(@"Reminders written: (\d+)")]
    private static partial Regex RemindersRun();

    private static List<int> Runs(params PortalProcess[] portals) =>
        [.. portals.SelectMany(p => RemindersRun().Matches(p.Output))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, what);
            await Task.Delay(100);
        }
    }

    /// <summary>An open campaign whose deadline is in two days, with forms for the demo's two schools that have administrators.</summary>
    private static async Task<int[]> CampaignDueAsync(string database)
    {
        await using var db = PortalData.CreateContext(database, CurrentUser.System);
        var schools = await db.Organizations.Where(o => o.ShortName == Seeded.KhvSchool || o.ShortName == Seeded.KmsSchool).ToListAsync();
        var campaign = new MonitoringCampaign
        {
            RegionId = schools[0].RegionId, Year = 2081, ReportingDate = new DateOnly(2081, 12, 31), Deadline = DateTimeOffset.UtcNow.AddDays(2),
            Status = CampaignStatus.Open,
        };
        var forms = schools.Select(o => new MonitoringForm
        {
            RegionId = o.RegionId, OrganizationId = o.Id, Campaign = campaign, Declared = IndicatorCounts.OneOrganization,
        }).ToList();
        db.MonitoringCampaigns.Add(campaign);
        db.MonitoringForms.AddRange(forms);
        await db.SaveChangesAsync();
        return [.. forms.Select(f => f.Id)];
    }

    [Fact]
    public async Task Two_portal_processes_write_and_mail_each_reminder_once()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("two");
        await using var mail = new MailServer();
        try
        {
            var settings = mail.Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            settings["Jobs__RemindersSeconds"] = "1";
            settings["Serilog__MinimumLevel__Override__MetodPortal.Web.Notifications.Reminders"] = "Information";
            await using var first = await PortalProcess.StartAsync(database, environment: settings);
            await using var second = await PortalProcess.StartAsync(database, environment: settings);
            await UntilAsync(async () => await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM quartz.qrtz_scheduler_state") == 2,
                "both processes join the scheduler's cluster");

            // New reminders fall due while both processes run the reminders every second.
            var forms = await CampaignDueAsync(database);
            var keys = string.Join(",", forms.Select(id => $"'form-due-3:{id}'"));
            var runs = Runs(first, second).Count;
            await UntilAsync(async () => Runs(first, second).Count >= runs + 5
                && await ImportProbe.ScalarAsync(database, $"SELECT count(*) FROM notifications WHERE key IN ({keys})") == 2,
                "the reminders ran several times and wrote the two schools' reminders");

            // Every reminder written once: one row a user and key, what the runs say they wrote is what the table holds, no run failed.
            Assert.Equal(0L, await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM (SELECT 1 FROM notifications WHERE key IS NOT NULL "
                + "GROUP BY user_id, key HAVING count(*) > 1) twice"));
            Assert.Equal(await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM notifications WHERE key IS NOT NULL"), Runs(first, second).Sum());
            Assert.DoesNotContain("Exception", first.Output + second.Output, StringComparison.Ordinal);

            // Every mail delivered once, the schools' reminders among them.
            await UntilAsync(async () => await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM outbox_mails WHERE sent_at IS NULL") == 0,
                "the outbox is delivered");
            Assert.Equal(await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM outbox_mails"), mail.Received.Count);
            Assert.Equal(mail.Received.Count, mail.Received.Select(m => m.MessageId).Distinct().Count());
            Assert.Single(await mail.ToAsync("school@demo.local", about: $"/monitoring/forms/{forms[0]}"),
                m => m.TextBody!.Contains("осталось", StringComparison.Ordinal));
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
        }
    }
}
