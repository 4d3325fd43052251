using System.Net;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Admin;

/// <summary>Every read of personal data leaves an access record (152-ФЗ), read at /admin/access-log, apart from the change audit.</summary>
public sealed class AccessLogTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_read_of_personal_data_is_recorded_with_who_whose_what_and_the_list_filter_and_changes_no_audit()
    {
        var route = await factory.RouteInAsync("KHV", RouteStatus.InProgress);
        int diagnosticId, evidenceId, methodistId, campaignId;
        await using (var db = factory.Db())
        {
            diagnosticId = await db.Diagnostics.Where(d => d.Organization!.Municipality!.Code == "KHV").Select(d => d.Id).FirstAsync();
            var item = await db.RouteItems.FirstAsync(i => i.RouteId == route.Id);
            var file = item.Attach(new RouteEvidence { FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(),
                Size = 8, UploadedAt = DateTimeOffset.UtcNow });
            db.RouteEvidence.Add(file);
            await db.SaveChangesAsync();
            evidenceId = file.Id;
            methodistId = await db.Users.Where(u => u.Email == "methodist@demo.local").Select(u => u.Id).SingleAsync();
            campaignId = await db.MonitoringCampaigns.Where(c => c.Status == CampaignStatus.Closed).Select(c => c.Id).FirstAsync();
        }

        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var (audit, before) = await CountsAsync();

        foreach (var url in new[]
        {
            $"/staff/{route.EducatorId.Id()}", $"/diagnostics/{diagnosticId.Id()}", $"/routes/{route.Id.Id()}", $"/routes/{route.Id.Id()}.pdf",
            $"/routes/{route.Id.Id()}/evidence/{evidenceId.Id()}", "/staff/export?Q=%D0%9E%D1%80&Young=true",
                $"/monitoring/{campaignId.Id()}/people?indicator=1",
        })
        {
            Assert.True((await methodist.GetAsync(url)).StatusCode == HttpStatusCode.OK, url);
        }

        await using var check = factory.Db();
        var records = await check.AccessRecords.AsNoTracking().Where(a => a.Id > before).OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(
            [AccessKind.EducatorCard, AccessKind.Diagnostic, AccessKind.Route, AccessKind.RoutePdf, AccessKind.Evidence, AccessKind.StaffExport,
                AccessKind.IndicatorPeople],
            records.Select(r => r.Kind));
        Assert.All(records, r => Assert.Equal((methodistId, "methodist@demo.local"), (r.UserId!.Value, r.UserName!)));
        Assert.All(records.Take(5), r => Assert.Equal(route.RegionId, r.RegionId));
        Assert.Equal(route.EducatorId, records[0].EducatorId);
        Assert.Equal(route.EducatorId, records[2].EducatorId);
        Assert.Null(records[5].EducatorId);
        Assert.Equal("/staff/export?Q=%D0%9E%D1%80&Young=true", records[5].Subject);
        Assert.Contains("справка.pdf", records[4].Subject, StringComparison.Ordinal);
        Assert.Equal(audit, (await CountsAsync()).Audit); // reads are not changes
    }

    [Fact]
    public async Task The_administrator_and_the_ministry_read_the_log_by_person_user_and_period_with_an_Excel_export_others_may_not()
    {
        var educator = await factory.DemoTeacherAsync();
        using (var methodist = await factory.LoginAsync("methodist@demo.local"))
        {
            Assert.Equal(HttpStatusCode.OK, (await methodist.GetAsync($"/staff/{educator.Id.Id()}")).StatusCode);
            var card = await methodist.GetPageAsync($"/staff/{educator.Id.Id()}");
            Assert.Null(card.QuerySelector("#who-viewed"));
            Assert.Equal(HttpStatusCode.Forbidden, (await methodist.GetAsync("/admin/access-log")).StatusCode);
        }

        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var link = (await ministry.GetPageAsync($"/staff/{educator.Id.Id()}")).QuerySelector("#who-viewed")!.GetAttribute("href")!;
        Assert.Equal($"/admin/access-log?educatorId={educator.Id.Id()}", link);

        var page = await ministry.GetPageAsync(link);
        var rows = page.QuerySelectorAll("#access-table tbody tr");
        Assert.Contains(rows, r => r.TextContent.Contains("methodist@demo.local", StringComparison.Ordinal)
            && r.TextContent.Contains("Карточка педагога", StringComparison.Ordinal));
        Assert.All(rows, r => Assert.Contains(educator.LastName, r.Children[3].TextContent, StringComparison.Ordinal));

        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(10)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var export = await ministry.GetAsync($"/admin/access-log/export?educatorId={educator.Id.Id()}&from={today}&to={today}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var sheet = XlsxSheets.Read(await export.Content.ReadAsByteArrayAsync()).Single().Value;
        Assert.Equal(rows.Length, sheet.Count - 1);
        Assert.Equal("Чьи данные", sheet[0][3]);

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(10)).AddDays(-1).ToString("yyyy-MM-dd",
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.Empty((await ministry.GetPageAsync($"/admin/access-log?educatorId={educator.Id.Id()}&to={yesterday}"))
            .QuerySelectorAll("#access-table tbody tr"));

        using var admin = await factory.LoginAsync("admin@demo.local");
        Assert.NotEmpty((await admin.GetPageAsync($"/admin/access-log?educatorId={educator.Id.Id()}")).QuerySelectorAll("#access-table tbody tr"));
        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/admin/access-log")).StatusCode);
    }

    [Fact]
    public async Task Records_older_than_the_retention_period_are_purged()
    {
        var recent = new AccessRecord { At = DateTimeOffset.UtcNow.AddYears(-2), Kind = AccessKind.EducatorCard, Subject = "recent-" + Guid.NewGuid() };
        var old = new AccessRecord { At = DateTimeOffset.UtcNow.AddYears(-3).AddDays(-1), Kind = AccessKind.EducatorCard, Subject = "old-" + Guid.NewGuid() };
        await using (var db = factory.Db())
        {
            db.AccessRecords.AddRange(recent, old);
            await db.SaveChangesAsync();
        }

        var purge = factory.Services.GetRequiredService<PurgeJob>();
        Assert.Equal(3, purge.RetentionYears);
        await purge.PurgeAsync(CancellationToken.None);

        await using var check = factory.Db();
        Assert.True(await check.AccessRecords.AnyAsync(a => a.Subject == recent.Subject));
        Assert.False(await check.AccessRecords.AnyAsync(a => a.Subject == old.Subject));
    }

    private async Task<(int Audit, long LastAccess)> CountsAsync()
    {
        await using var db = factory.Db();
        return (await db.AuditEntries.CountAsync(), await db.AccessRecords.MaxAsync(a => (long?)a.Id) ?? 0);
    }
}
