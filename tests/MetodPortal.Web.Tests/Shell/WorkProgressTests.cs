using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Shell;

/// <summary>Long work shows progress (issue 9.3): an import or a report leaves its user a note the waiting page polls.</summary>
public sealed class WorkProgressTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_import_tells_its_user_how_far_it_got_while_it_writes_and_no_one_else()
    {
        using var school = await factory.LoginAsync("school@demo.local");
        var ticket = WorkNotes.NewTicket();
        Assert.Null(await school.ProgressNoteAsync(ticket));

        // 4,000 new people: seconds of inserts, long enough to look in while the import writes them.
        var rows = Enumerable.Range(1,
            4_000).Select(i => (IReadOnlyList<object?>)StaffFiles.Row($"Долгая{i:D4}", "Анна", new DateOnly(1980, 1, 1).AddDays(i % 3000)));
        var upload = school.PostFileAsync("/staff/import", StaffFiles.Xlsx(rows), ("progressTicket", ticket));
        await ImportProbe.UntilItWritesAsync(factory.ConnectionString, upload);

        var working = (await school.ProgressNoteAsync(ticket))!.Value;
        Assert.False(working.GetProperty("finished").GetBoolean());
        Assert.Equal("Записываем", working.GetProperty("stage").GetString());
        Assert.Equal(4_000, working.GetProperty("count").GetInt32());
        Assert.Equal("Записываем — строк: 4000", working.GetProperty("text").GetString());

        // The same ticket is nobody else's: another school's administrator, or the same school's other session, sees nothing.
        using var other = await factory.LoginAsync("school2@demo.local");
        Assert.Null(await other.ProgressNoteAsync(ticket));

        Assert.Equal(HttpStatusCode.OK, (await upload).StatusCode);
        var done = (await school.ProgressNoteAsync(ticket))!.Value;
        Assert.True(done.GetProperty("finished").GetBoolean());
        Assert.Equal("Готово — строк: 4000", done.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_refused_import_tells_the_rows_it_checked_and_the_errors_it_found()
    {
        using var school = await factory.LoginAsync("school2@demo.local");
        var ticket = WorkNotes.NewTicket();
        var file = StaffFiles.Xlsx([
            StaffFiles.Row("Верная", "Анна", new DateOnly(1985, 4, 12)),
            StaffFiles.Row("Неверная", "Анна", new DateOnly(1985, 4, 13), position: "космонавт"),
            StaffFiles.Row("Ещёневерная", "Анна", new DateOnly(1985, 4, 14), category: "нулевая"),
        ]);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await school.PostFileAsync("/staff/import", file, ("progressTicket", ticket))).StatusCode);

        var note = (await school.ProgressNoteAsync(ticket))!.Value;
        Assert.True(note.GetProperty("finished").GetBoolean());
        Assert.Equal(3, note.GetProperty("count").GetInt32());
        Assert.Equal(3, note.GetProperty("total").GetInt32());
        Assert.Equal(2, note.GetProperty("errors").GetInt32());
        Assert.Equal("Готово — строк: 3 из 3, ошибок: 2", note.GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_region_report_tells_how_many_organizations_it_holds_and_when_it_is_ready()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var ticket = WorkNotes.NewTicket();
        var response = await ministry.GetAsync($"/reports/monitoring/2025.pdf?progressTicket={ticket}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using var db = factory.Db();
        var organizations = await db.Organizations.IgnoreQueryFilters().CountAsync(o => o.CountsInIndicators);
        var note = (await ministry.ProgressNoteAsync(ticket))!.Value;
        Assert.True(note.GetProperty("finished").GetBoolean());
        Assert.Equal(organizations, note.GetProperty("count").GetInt32());
        Assert.Equal($"Готово — организаций: {organizations}", note.GetProperty("text").GetString());

        // The reports page's narrowing form passes its ticket on to the report's own address.
        var narrowed = await ministry.GetAsync($"/reports/monitoring?year=2025&format=xlsx&progressTicket={ticket}");
        Assert.Equal(HttpStatusCode.Redirect, narrowed.StatusCode);
        Assert.Equal($"/reports/monitoring/2025.xlsx?progressTicket={ticket}", narrowed.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Work_without_a_valid_ticket_leaves_no_note_and_a_stranger_gets_the_sign_in_page()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await ministry.GetAsync("/reports/monitoring/2025.xlsx?progressTicket=../../etc")).StatusCode);
        Assert.Null(await ministry.ProgressNoteAsync("../../etc"));

        using var stranger = factory.Client();
        var response = await stranger.GetAsync($"/progress?ticket={WorkNotes.NewTicket()}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }
}
