using System.Net;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Cluster;

/// <summary>
/// Two portal processes on one database, each with a home folder of its own (so no key ring on disk is shared): a session and a form made
/// on one are honoured by the other, because the data-protection keys live in PostgreSQL, and so does the progress note of long work — no
/// sticky sessions are needed.
/// </summary>
public sealed class SharedKeyRingTests
{
    [Fact]
    public async Task A_session_and_a_form_made_by_one_process_work_on_the_other()
    {
        var database = await PostgresServer.Shared.CreateDatabaseAsync("ring");
        var homes = new[] { Directory.CreateTempSubdirectory("ring-a-"), Directory.CreateTempSubdirectory("ring-b-") };
        try
        {
            await using var first = await PortalProcess.StartAsync(database, environment: new Dictionary<string, string> { ["HOME"] = homes[0].FullName });
            await using var second = await PortalProcess.StartAsync(database, environment: new Dictionary<string, string> { ["HOME"] = homes[1].FullName });

            // Cookies belong to the host, not the port: one browser's jar serves both processes, as behind a balancer.
            var jar = new CookieContainer();
            using var onFirst = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar })
                { BaseAddress = first.Address });
            using var onSecond = new PortalClient(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = jar })
                { BaseAddress = second.Address });

            Assert.Equal(HttpStatusCode.Redirect, (await onFirst.LoginAsync("coordinator@demo.local", "Demo-2026")).StatusCode);
            var profile = await onSecond.GetAsync("/account/profile");
            Assert.Equal(HttpStatusCode.OK, profile.StatusCode);

            // The form's antiforgery token comes from the first process; the second accepts it and saves.
            var token = await onFirst.TokenAsync("/account/profile");
            var saved = await onSecond.Http.PostAsync("/account/profile", new FormUrlEncodedContent(
                [new("FullName", "Координатор из другого процесса"), new("PhoneNumber", ""), new("__RequestVerificationToken", token)]));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Contains("Координатор из другого процесса", await onFirst.Http.GetStringAsync("/account/profile"), StringComparison.Ordinal);

            // Long work on one process leaves its progress note where the page's poll, answered by the other, finds it.
            var ticket = WorkNotes.NewTicket();
            Assert.Equal(HttpStatusCode.OK, (await onFirst.GetAsync($"/reports/monitoring/2025.xlsx?progressTicket={ticket}")).StatusCode);
            var note = (await onSecond.ProgressNoteAsync(ticket))!.Value;
            Assert.True(note.GetProperty("finished").GetBoolean());

            Assert.True(await ImportProbe.ScalarAsync(database, "SELECT count(*) FROM data_protection_keys") >= 1);
            foreach (var home in homes)
            {
                Assert.False(Directory.Exists(Path.Combine(home.FullName, ".aspnet", "DataProtection-Keys")), "a key ring was written to disk");
            }
        }
        finally
        {
            await PostgresServer.Shared.DropDatabaseAsync(database);
            foreach (var home in homes)
            {
                home.Delete(recursive: true);
            }
        }
    }
}
