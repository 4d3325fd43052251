using System.Globalization;
using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Diagnostics;

public sealed class DiagnosticEntryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Methodical = "Методические компетенции";
    private const string Communicative = "Коммуникативные компетенции";
    private const string Digital = "Цифровые компетенции";
    private const string Psychological = "Психолого-педагогические компетенции";

    private async Task<List<KeyValuePair<string, string>>> FormAsync(int educatorId, string instrument, params (string Area, string Score)[] scores)
    {
        var found = await factory.InstrumentAsync(instrument);
        var organization = await factory.OrganizationAsync(Seeded.KhvSchool);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("EducatorId", educatorId.Id()), new("InstrumentId", found.Id.Id()), new("OrganizationId", organization.Id.Id()),
            new("Date", "2026-10-01"), new("ConductedBy", "Громова Т. А."),
        };
        foreach (var (area, score) in scores)
        {
            fields.Add(new($"Scores[{(found.Areas.Single(a => a.CompetenceArea!.Name == area).CompetenceAreaId).Id()}]", score));
        }

        return fields;
    }

    [Fact]
    public async Task ScoresAtTheThresholdAreNotDeficitsScoresBelowAreAndManualDeficitsKeepTheirNote()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 1);
        using var client = await factory.LoginAsync("methodist@demo.local");
        var fields = await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, "6"), (Communicative, "5,99"), (Digital, "10"));
        var psychological = await factory.AreaIdAsync(Psychological);
        fields.Add(new("ManualAreas", psychological.Id()));
        fields.Add(new($"ManualNotes[{psychological.Id()}]", "Не учитывает особенности детей с ОВЗ (по наблюдению урока)"));

        var response = await client.PostAsync("/diagnostics/create", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.Db();
        var diagnostic = await db.Diagnostics.Include(d => d.Deficits).ThenInclude(x => x.CompetenceArea).Include(d => d.Scores)
            .Where(d => d.EducatorId == educator.Id).OrderByDescending(d => d.Id).FirstAsync();
        Assert.Equal($"/diagnostics/{diagnostic.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal([Communicative, Psychological], diagnostic.Deficits.Select(x => x.CompetenceArea!.Name).Order());
        Assert.True(diagnostic.Deficits.Single(x => x.CompetenceArea!.Name == Psychological).IsManual);
        Assert.Equal(5.99m, diagnostic.Scores.Single(s => s.Score < 6).Score);
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Diagnostic" && a.EntityId == diagnostic.Id.Id()));

        var card = await client.GetPageAsync($"/diagnostics/{diagnostic.Id}");
        Assert.Equal(2, card.QuerySelectorAll("#deficits li").Length);
        Assert.Contains("по наблюдению урока", card.QuerySelector("#deficits")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("11", "не может быть больше максимального (10)")]
    [InlineData("-1", "не может быть отрицательным")]
    [InlineData("семь", "не число")]
    [InlineData("", "Укажите балл")]
    public async Task AScoreOffTheInstrumentsScaleIsRefusedAndNothingIsSaved(string score, string message)
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 2);
        using var client = await factory.LoginAsync("methodist@demo.local");
        await using var db = factory.Db();
        var before = await db.Diagnostics.CountAsync();

        var response = await client.PostAsync("/diagnostics/create",
            await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, score), (Communicative, "5"), (Digital, "5")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains(message, page.QuerySelector("#validation-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await db.Diagnostics.CountAsync());
    }

    [Fact]
    public async Task AManualDeficitWithoutANoteIsRefused()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 2);
        using var client = await factory.LoginAsync("methodist@demo.local");
        var fields = await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, "8"), (Communicative, "8"), (Digital, "8"));
        fields.Add(new("ManualAreas", (await factory.AreaIdAsync(Psychological)).Id()));

        var response = await client.PostAsync("/diagnostics/create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("требует пояснения", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMunicipalMethodistCannotUseAnInstrumentReservedForTheRegionalCentre()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 2);
        using var client = await factory.LoginAsync("methodist@demo.local");
        await using var db = factory.Db();
        var before = await db.Diagnostics.CountAsync();

        var response = await client.PostAsync("/diagnostics/create", await FormAsync(educator.Id, SeededDiagnostics.Efom,
            ("Предметные компетенции", "15"), (Methodical, "15"), (Psychological, "10"), ("Формирование функциональной грамотности", "10")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Выберите диагностический материал из реестра", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await db.Diagnostics.CountAsync());
    }

    [Theory]
    [InlineData("coordinator@demo.local")]
    [InlineData("school@demo.local")]
    [InlineData("teacher@demo.local")]
    [InlineData("ministry@demo.local")]
    public async Task OnlyMethodistsEnterDiagnostics(string email)
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 2);
        using var client = await factory.LoginAsync(email);

        var get = await client.GetAsync($"/diagnostics/create?educatorId={educator.Id}");
        var post = await client.PostAsync("/diagnostics/create",
            await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, "8"), (Communicative, "8"), (Digital, "8")));

        Assert.Equal(HttpStatusCode.Forbidden, get.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task AnEditRecomputesTheDeficitsAndADiagnosticBehindARouteCannotBeDeleted()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvGymnasium, skip: 3);
        using var client = await factory.LoginAsync("methodist@demo.local");
        var fields = await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, "1"), (Communicative, "1"), (Digital, "1"));
        fields.RemoveAll(f => f.Key == "OrganizationId");
        fields.Add(new("OrganizationId", ((await factory.OrganizationAsync(Seeded.KhvGymnasium)).Id).Id()));
        var created = await client.PostAsync("/diagnostics/create", fields);
        var id = created.CreatedId();

        fields = [.. fields.Select(f => f.Key.StartsWith("Scores[", StringComparison.Ordinal) ? new KeyValuePair<string, string>(f.Key, "9") : f)];
        var edited = await client.PostAsync($"/diagnostics/{id}/edit", fields);
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        await using (var db = factory.Db())
        {
            Assert.Equal(0, await db.DiagnosticDeficits.CountAsync(x => x.DiagnosticId == id));
            Assert.Equal(3, await db.DiagnosticScores.CountAsync(x => x.DiagnosticId == id && x.Score == 9));
        }

        var route = await client.PostAsync("/routes/create", [new("EducatorId", educator.Id.Id()), new("DiagnosticId", id.Id()),
            new("OrganizationId", ((await factory.OrganizationAsync(Seeded.KhvGymnasium)).Id).Id()), new("PeriodFrom", "2026-11-01"),
                new("PeriodTo", "2027-06-30")]);
        Assert.Equal(HttpStatusCode.Redirect, route.StatusCode);
        var refused = await client.PostAsync($"/diagnostics/{id}/delete", []);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("составлен ИОМ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await using (var db = factory.Db())
        {
            Assert.True(await db.Diagnostics.AnyAsync(d => d.Id == id));
        }
    }

    [Fact]
    public async Task ADeletedDiagnosticLeavesAnAuditEntry()
    {
        var educator = await factory.TeacherOfAsync(Seeded.KhvSchool, skip: 3);
        using var client = await factory.LoginAsync("methodist@demo.local");
        var created = await client.PostAsync("/diagnostics/create",
            await FormAsync(educator.Id, SeededDiagnostics.MethodicalCase, (Methodical, "8"), (Communicative, "8"), (Digital, "8")));
        var id = created.LocationId();

        var confirm = await client.GetPageAsync($"/diagnostics/{id}/delete");
        var deleted = await client.PostAsync($"/diagnostics/{id}/delete", []);

        Assert.NotNull(confirm.QuerySelector($"form[action='/diagnostics/{id}/delete']"));
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.Diagnostics.AnyAsync(d => d.Id.ToString() == id));
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityType == "Diagnostic" && a.EntityId == id && a.Action == Domain.Audit.AuditAction.Deleted));
    }

    [Fact]
    public async Task TheTeacherSeesOnlyTheirOwnDiagnostics()
    {
        var teacher = await factory.DemoTeacherAsync();
        using var client = await factory.LoginAsync("teacher@demo.local");

        var list = await client.GetPageAsync("/diagnostics");
        var colleague = await factory.TeacherOfAsync(Seeded.KhvSchool);
        await using var db = factory.Db();
        var colleagues = await db.Diagnostics.Where(d => d.Organization!.ShortName == Seeded.KhvSchool
            && d.EducatorId != teacher.Id).Select(d => d.Id).FirstAsync();

        // The list names no one (it is the teacher's own): its links are exactly the teacher's diagnostics.
        var listed = list.QuerySelectorAll("#diagnostics-table tbody tr a").Select(a => a.GetAttribute("href")!).ToList();
        var own = await db.Diagnostics.Where(d => d.EducatorId == teacher.Id).OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => $"/diagnostics/{d.Id}").ToListAsync();
        Assert.NotEmpty(listed);
        Assert.Equal(own, listed);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/diagnostics/{colleagues}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/diagnostics?educatorId={colleague.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("/instruments")]
    [InlineData("/competence-areas")]
    [InlineData("/diagnostics")]
    [InlineData("/diagnostics/map?year=2026")]
    [InlineData("/routes/statuses")]
    [InlineData("/diagnostics/import")]
    public async Task CataloguesAndAnalyticsOpenForARegionalMethodist(string url)
    {
        using var client = await factory.LoginAsync("cnppm@demo.local");
        await client.GetPageAsync(url);
    }

    [Fact]
    public async Task TheDeficitMapCountsEachMunicipalitysDiagnosedEducatorsAndDrillsDown()
    {
        using var client = await factory.LoginAsync("ministry@demo.local");
        var khv = await factory.MunicipalityAsync("KHV");
        await using var db = factory.Db();
        var diagnosed = await db.Diagnostics.Where(d => d.Organization!.MunicipalityId == khv.Id
            && d.Date.Year == 2026).Select(d => d.EducatorId).Distinct().CountAsync();

        var map = await client.GetPageAsync("/diagnostics/map?year=2026");
        var row = map.QuerySelectorAll("#deficit-map tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Trim() == khv.Name);
        var drill = await client.GetPageAsync($"/diagnostics/map?year=2026&municipalityId={khv.Id}");

        Assert.Equal(diagnosed.ToString(CultureInfo.InvariantCulture), row.QuerySelectorAll("td")[0].TextContent.Trim());
        Assert.Contains(drill.QuerySelectorAll("#deficit-map tbody th"), th => th.TextContent.Contains(Seeded.KhvSchool, StringComparison.Ordinal));
    }
}
