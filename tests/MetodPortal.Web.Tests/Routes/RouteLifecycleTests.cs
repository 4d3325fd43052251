using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MetodPortal.Domain.Routes;
using MetodPortal.Testing;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Routes;

public sealed class RouteLifecycleTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    /// <summary>The methodist diagnoses the demo teacher (two deficits of three areas) and drafts a route from it.</summary>
    private async Task<int> DraftFromDiagnosticAsync(PortalClient methodist)
    {
        var teacher = await factory.DemoTeacherAsync();
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var scores = instrument.Areas.OrderBy(a => a.SortOrder).Select((a, i) => new KeyValuePair<string,
            string>($"Scores[{a.CompetenceAreaId.Id()}]", i == 0 ? "9" : "2"));
        var diagnostic = await methodist.PostAsync("/diagnostics/create",
        [
            new("EducatorId", teacher.Id.Id()), new("InstrumentId", instrument.Id.Id()), new("OrganizationId", school.Id.Id()),
            new("Date", "2026-11-02"), new("ConductedBy", "Громова Т. А."), .. scores,
        ]);
        var diagnosticId = diagnostic.LocationId();
        var created = await methodist.PostAsync("/routes/create",
        [
            new("EducatorId", teacher.Id.Id()), new("DiagnosticId", diagnosticId), new("OrganizationId", school.Id.Id()),
            new("TutorUserId", (await UserIdAsync("methodist@demo.local")).Id()), new("PeriodFrom", "2026-11-09"), new("PeriodTo", "2027-06-30"),
        ]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return created.CreatedId();
    }

    private async Task<int> UserIdAsync(string email)
    {
        await using var db = factory.Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }

    private async Task<IndividualRoute> RouteAsync(int id)
    {
        await using var db = factory.Db();
        return await db.Routes.AsNoTracking().Include(r => r.Items).SingleAsync(r => r.Id == id);
    }

    [Fact]
    public async Task ARouteGoesFromDraftToCompletedWithTheTeacherReportingAndTheTutorConfirming()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        var id = await DraftFromDiagnosticAsync(methodist);

        // One item per deficit, pre-filled.
        var draft = await RouteAsync(id);
        Assert.Equal(RouteStatus.Draft, draft.Status);
        Assert.Equal(2, draft.Items.Count);
        Assert.All(draft.Items, i => Assert.NotNull(i.CompetenceAreaId));

        // The teacher can neither approve nor report a draft.
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsync($"/routes/{id}/approve")).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await teacher.PostAsync($"/routes/{id}/items/{draft.Items[0].Id}/report", ("Note", "сделано"))).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/routes/{id}/approve")).StatusCode);
        var approved = await RouteAsync(id);
        Assert.Equal(RouteStatus.Approved, approved.Status);
        Assert.Equal(await UserIdAsync("methodist@demo.local"), approved.ApprovedByUserId);

        // An approved route is not edited any more.
        Assert.Equal(HttpStatusCode.Conflict,
            (await methodist.PostAsync($"/routes/{id}/items/add", ("Goal", "ещё"), ("Activity", "Courses"), ("Deadline", "2027-01-01"))).StatusCode);

        var (first, second) = (approved.Items[0], approved.Items[1]);
        Assert.Equal(HttpStatusCode.Conflict, (await teacher.PostAsync($"/routes/{id}/items/{first.Id}/report", ("Note", " "))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await teacher.PostAsync($"/routes/{id}/items/{first.Id}/report", ("Note", "Прошла курсы «Формирующее оценивание», 36 ч"))).StatusCode);
        var reported = await RouteAsync(id);
        Assert.Equal(RouteStatus.InProgress, reported.Status);
        Assert.Equal(RouteItemStatus.Reported, reported.Items.Single(i => i.Id == first.Id).Status);

        // The teacher cannot confirm their own work; completing with an open item is refused and changes nothing.
        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.PostAsync($"/routes/{id}/items/{first.Id}/confirm")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/routes/{id}/items/{first.Id}/confirm")).StatusCode);
        var refused = await methodist.PostAsync($"/routes/{id}/complete");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("Не все пункты закрыты", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(RouteStatus.InProgress, (await RouteAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Conflict, (await methodist.PostAsync($"/routes/{id}/items/{second.Id}/cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect,
            (await methodist.PostAsync($"/routes/{id}/items/{second.Id}/cancel", ("Note", "Курсы перенесены на следующий год"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/routes/{id}/complete")).StatusCode);

        var completed = await RouteAsync(id);
        Assert.Equal(RouteStatus.Completed, completed.Status);
        Assert.NotNull(completed.CompletedOn);

        // A completed route is read-only.
        Assert.Equal(HttpStatusCode.Conflict, (await methodist.GetAsync($"/routes/{id}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await methodist.PostAsync($"/routes/{id}/cancel", ("reason", "поздно"))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await methodist.PostAsync($"/routes/{id}/items/{first.Id}/delete")).StatusCode);
        Assert.Equal(RouteStatus.Completed, (await RouteAsync(id)).Status);
        await using var db = factory.Db();
        Assert.True(await db.AuditEntries.CountAsync(a => a.EntityType == "IndividualRoute" && a.EntityId == id.Id()) >= 4);
    }

    [Fact]
    public async Task AnEmptyRouteCannotBeApproved()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 4);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var created = await methodist.PostAsync("/routes/create",
        [
            new("EducatorId", educator.Id.Id()), new("OrganizationId", school.Id.Id()), new("TutorUserId", (await UserIdAsync("methodist@demo.local")).Id()),
            new("PeriodFrom", "2026-11-09"), new("PeriodTo", "2027-06-30"),
        ]);
        var id = created.CreatedId();

        var refused = await methodist.PostAsync($"/routes/{id}/approve");

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Пустой ИОМ нельзя утвердить: добавьте хотя бы один пункт.", page.QuerySelector("#refusal")!.TextContent.Trim());
        Assert.Equal(RouteStatus.Draft, (await RouteAsync(id)).Status);

        Assert.Equal(HttpStatusCode.Redirect,
            (await methodist.PostAsync($"/routes/{id}/items/add", ("Goal", "Освоить ФГИС «Моя школа»"), ("Activity", "SelfEducation"),
                ("Deadline", "2027-03-01"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await methodist.PostAsync($"/routes/{id}/approve")).StatusCode);
        Assert.Equal(RouteStatus.Approved, (await RouteAsync(id)).Status);
    }

    [Theory]
    [InlineData("coordinator@demo.local")]
    [InlineData("school@demo.local")]
    [InlineData("ministry@demo.local")]
    public async Task OnlyAMethodistApproves(string email)
    {
        var draft = await factory.RouteInAsync("KHV", RouteStatus.Draft);
        using var client = await factory.LoginAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"/routes/{draft.Id}/approve")).StatusCode);
        Assert.Equal(RouteStatus.Draft, (await RouteAsync(draft.Id)).Status);
    }

    [Fact]
    public async Task ARouteItemDeadlineOutsideThePeriodIsRefused()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var draft = await factory.RouteInAsync("KHV", RouteStatus.Draft);

        var response = await methodist.PostAsync($"/routes/{draft.Id}/items/add", ("Goal", "Цель"), ("Activity", "Courses"),
            ("Deadline", draft.PeriodTo.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("в пределах периода ИОМ", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(draft.Items.Count, (await RouteAsync(draft.Id)).Items.Count);
    }

    [Fact]
    public async Task TheTeacherAttachesAFileAndTheTutorDownloadsTheSameBytes()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        using var methodist = await factory.LoginAsync("methodist@demo.local");
        var me = await factory.DemoTeacherAsync();
        await using var db = factory.Db();
        var item = await db.RouteItems.Where(i => i.EducatorId == me.Id && i.Status == RouteItemStatus.Planned
            && db.Routes.Any(r => r.Id == i.RouteId && (r.Status == RouteStatus.InProgress || r.Status == RouteStatus.Approved))).FirstAsync();
        var pdf = "%PDF-1.4\n% сертификат участника семинара\n"u8.ToArray();

        var refused = await UploadAsync(teacher, item.RouteId, item.Id, "program.exe", "MZ\u0090"u8.ToArray());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        // The refusal stands at the item, its report form open, and the address stays the card's.
        var again = await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Допустимы файлы PDF", again.QuerySelector($"#item-{item.Id} #refusal")!.TextContent, StringComparison.Ordinal);
        Assert.True(again.QuerySelector($"#item-{item.Id} details:has(.report-form)")!.HasAttribute("open"));
        Assert.Equal($"/routes/{item.RouteId}#item-{item.Id}", again.QuerySelector("meta[name=page-address]")!.GetAttribute("content"));
        var renamed = await UploadAsync(teacher, item.RouteId, item.Id, "certificate.pdf", "MZ\u0090\u0000"u8.ToArray());
        Assert.Equal(HttpStatusCode.Conflict, renamed.StatusCode);
        var tooBig = await UploadAsync(teacher, item.RouteId, item.Id, "big.pdf", [.. "%PDF"u8, .. new byte[RouteRules.MaxEvidenceBytes]]);
        Assert.Equal(HttpStatusCode.Conflict, tooBig.StatusCode);
        Assert.Equal(0, await db.RouteEvidence.CountAsync(e => e.RouteItemId == item.Id));

        var accepted = await UploadAsync(teacher, item.RouteId, item.Id, "сертификат.pdf", pdf);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var file = await db.RouteEvidence.AsNoTracking().SingleAsync(e => e.RouteItemId == item.Id);
        var card = await methodist.GetPageAsync($"/routes/{item.RouteId}");
        var link = card.QuerySelector($"#item-{item.Id} a[href='/routes/{item.RouteId}/evidence/{file.Id}']");
        Assert.NotNull(link);
        var download = await methodist.GetAsync(link!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(RouteItemStatus.Reported, (await RouteAsync(item.RouteId)).Items.Single(i => i.Id == item.Id).Status);
    }

    private static async Task<HttpResponseMessage> UploadAsync(PortalClient client, int routeId, int itemId, string name, byte[] bytes)
    {
        var token = await client.TokenAsync($"/routes/{routeId}");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "File", name);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"/routes/{routeId}/items/{itemId}/report", content);
    }

    [Fact]
    public async Task ThePdfHoldsTheEducatorTheDeficitsAndEveryItem()
    {
        var route = await factory.RouteInAsync("KHV", RouteStatus.InProgress);
        await using var db = factory.Db();
        var educator = await db.Educators.SingleAsync(e => e.Id == route.EducatorId);
        var deficits = await db.DiagnosticDeficits.Where(x => x.DiagnosticId == route.DiagnosticId).Select(x => x.CompetenceArea!.Name).ToListAsync();
        using var client = await factory.LoginAsync("methodist@demo.local");

        var response = await client.GetAsync($"/routes/{route.Id}.pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var text = PdfText.Of(await response.Content.ReadAsByteArrayAsync());
        Assert.Contains(educator.FullName, text, StringComparison.Ordinal);
        Assert.NotEmpty(deficits);
        Assert.All(deficits, d => Assert.Contains(d, text, StringComparison.Ordinal));
        Assert.All(route.Items, i => Assert.Contains(i.Goal, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMethodistGoesFromTheEducatorsCardToAnApprovedRoutesPdfByLinksAlone()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvGymnasium, skip: 5);
        var instrument = await factory.InstrumentAsync(SeededDiagnostics.MethodicalCase);
        using var client = await factory.LoginAsync("methodist@demo.local");

        var card = await client.GetPageAsync($"/staff/{educator.Id}");
        var diagnose = card.QuerySelector("a#diagnose")!.GetAttribute("href")!;
        var pick = await client.GetPageAsync($"{diagnose}&instrumentId={instrument.Id}");
        var form = pick.QuerySelector("form#diagnostic-form")!;
        var fields = PortalClient.FieldsOf(form).Select(f => f.Key.StartsWith("Scores[", StringComparison.Ordinal) ? new KeyValuePair<string,
            string>(f.Key, "1") : f).ToList();
        var saved = await client.PostAsync(form.GetAttribute("action")!, fields, $"{diagnose}&instrumentId={instrument.Id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var diagnostic = await client.GetPageAsync(saved.Headers.Location!.OriginalString);
        var createRoute = diagnostic.QuerySelector("a#create-route")!.GetAttribute("href")!;
        var routeForm = (await client.GetPageAsync(createRoute)).QuerySelector("form#route-form")!;
        var route = await client.PostAsync(routeForm.GetAttribute("action")!, PortalClient.FieldsOf(routeForm), createRoute);
        Assert.Equal(HttpStatusCode.Redirect, route.StatusCode);

        var routeUrl = route.Headers.Location!.OriginalString;
        var routePage = await client.GetPageAsync(routeUrl);
        Assert.Equal(3, routePage.QuerySelectorAll("#items .route-item").Length);
        var approve = routePage.QuerySelector("#route-actions form[action$='/approve']")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await client.PostAsync(approve, [], routeUrl)).StatusCode);

        var approved = await client.GetPageAsync(routeUrl);
        Assert.Equal("утверждён", approved.QuerySelector("#route-status")!.TextContent.Trim());
        var pdf = await client.GetAsync(approved.QuerySelector("a#route-pdf")!.GetAttribute("href")!);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Contains(educator.LastName, PdfText.Of(await pdf.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }
}
