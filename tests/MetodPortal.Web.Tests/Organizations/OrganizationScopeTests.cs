using System.Net;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Organizations;

/// <summary>Who sees and changes which organization, through real HTTP: город Хабаровск against город Комсомольск-на-Амуре.</summary>
public sealed class OrganizationScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task MinistrySeesAllNineteenMunicipalities()
    {
        using var client = await factory.LoginAsync("ministry@demo.local");
        var page = await client.GetPageAsync("/municipalities");

        Assert.Equal(19, page.QuerySelectorAll("#municipalities-table tbody tr").Length);
        Assert.Contains("город Комсомольск-на-Амуре", page.QuerySelector("#municipalities-table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SchoolAdministratorSeesOnlyTheirOwnSchool()
    {
        var own = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");

        var rows = (await client.GetPageAsync("/organizations")).QuerySelectorAll("#organizations-table tbody tr");

        Assert.Single(rows);
        Assert.Contains(Seeded.KhvSchool, rows[0].TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/organizations/{own.Id}")).StatusCode);
    }

    [Theory]
    [InlineData("school@demo.local", Seeded.KhvGymnasium)]
    [InlineData("school@demo.local", Seeded.KmsSchool)]
    [InlineData("coordinator@demo.local", Seeded.KmsSchool)]
    [InlineData("methodist@demo.local", Seeded.KmsSchool)]
    [InlineData("school2@demo.local", Seeded.KhvSchool)]
    public async Task AnotherScopesOrganizationAnswers404OnGetAndPostAndStaysUnchanged(string user, string foreignShortName)
    {
        var foreign = await factory.OrganizationAsync(foreignShortName);
        using var client = await factory.LoginAsync(user);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organizations/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/organizations/{foreign.Id}/edit")).StatusCode);
        var post = await client.PostAsync($"/organizations/{foreign.Id}/edit", ("Name", "Захвачено"), ("Type", "School"), ("CountsInIndicators", "false"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);

        var after = await factory.OrganizationAsync(foreignShortName);
        Assert.Equal(foreign.Name, after.Name);
        Assert.Equal(foreign.CountsInIndicators, after.CountsInIndicators);
    }

    [Fact]
    public async Task CoordinatorCannotOpenAnotherMunicipality()
    {
        var kms = await factory.MunicipalityAsync("KMS");
        var khv = await factory.MunicipalityAsync("KHV");
        using var client = await factory.LoginAsync("coordinator@demo.local");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/municipalities/{kms.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/municipalities/{khv.Id}")).StatusCode);
    }

    [Fact]
    public async Task CoordinatorEditsASchoolOfTheirMunicipalityAndTheChangeIsAudited()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        using var client = await factory.LoginAsync("coordinator@demo.local");

        var response = await client.PostAsync($"/organizations/{school.Id}/edit",
            ("Name", school.Name), ("ShortName", school.ShortName!), ("Type", "School"), ("Inn", "2721000004"),
            ("Address", "г. Хабаровск, ул. Ленина, 4"), ("CountsInIndicators", "true"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("г. Хабаровск, ул. Ленина, 4", (await factory.OrganizationAsync(Seeded.KhvGymnasium)).Address);
        await using var db = factory.Db();
        var id = school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await db.AuditEntries.OrderByDescending(a => a.Id).FirstAsync(a => a.EntityType == "Organization" && a.EntityId == id);
        Assert.Equal(AuditAction.Modified, entry.Action);
        Assert.Equal("coordinator@demo.local", entry.UserName);
    }

    [Fact]
    public async Task SchoolAdministratorEditsTheirSchoolButNotItsTypeOrIndicatorFlag()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("school@demo.local");

        var response = await client.PostAsync($"/organizations/{school.Id}/edit",
            ("Name", school.Name), ("ShortName", school.ShortName!), ("Type", "University"), ("Address", "г. Хабаровск, ул. Школьная, 12"),
            ("CountsInIndicators", "false"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await factory.OrganizationAsync(Seeded.KhvSchool);
        Assert.Equal("г. Хабаровск, ул. Школьная, 12", after.Address);
        Assert.Equal(OrganizationType.School, after.Type);
        Assert.True(after.CountsInIndicators);

        var form = await client.GetPageAsync($"/organizations/{school.Id}/edit");
        Assert.Equal([true, true, true, false], new[] { "#Type", "#CountsInIndicators", "#MunicipalityId", "#Address" }
            .Select(id => form.QuerySelector(id)!.HasAttribute("disabled")));
        Assert.Equal(school.MunicipalityId.ToString(), form.QuerySelector("#MunicipalityId option[selected]")?.GetAttribute("value"));
        Assert.Equal("numeric", form.QuerySelector("#Inn")!.GetAttribute("inputmode"));
    }

    [Fact]
    public async Task SchoolAdministratorCannotCreateOrganizations()
    {
        using var client = await factory.LoginAsync("school@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/organizations/create")).StatusCode);
        var post = await client.PostAsync("/organizations/create", ("Name", "Новая школа"), ("Type", "School"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }

    [Fact]
    public async Task CoordinatorCreatesASchoolInTheirMunicipalityButNotInAnother()
    {
        var khv = await factory.MunicipalityAsync("KHV");
        var kms = await factory.MunicipalityAsync("KMS");
        using var client = await factory.LoginAsync("coordinator@demo.local");

        var foreign = await client.PostAsync("/organizations/create",
            ("Name", "Школа в чужом муниципалитете"), ("Type", "School"),
                ("MunicipalityId", kms.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("CountsInIndicators", "true"));
        Assert.Equal(HttpStatusCode.OK, foreign.StatusCode);
        Assert.Contains("Выберите муниципальное образование из списка", await foreign.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var own = await client.PostAsync("/organizations/create",
            ("Name", "МБОУ «Средняя школа № 99» г. Хабаровска"), ("ShortName", "МБОУ «СШ № 99»"), ("Type", "School"),
            ("MunicipalityId", khv.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Inn", "2721000099"), ("CountsInIndicators", "true"));
        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);

        await using var db = factory.Db();
        Assert.False(await db.Organizations.AnyAsync(o => o.Name == "Школа в чужом муниципалитете"));
        var created = await db.Organizations.SingleAsync(o => o.ShortName == "МБОУ «СШ № 99»");
        Assert.Equal(khv.Id, created.MunicipalityId);
        Assert.Equal(OrganizationLevel.Institutional, created.Level);
        Assert.Equal($"{khv.RegionId}.{khv.Id}.{created.Id}.", created.Path);
    }

    [Fact]
    public async Task InvalidFormShowsRussianMessagesAndSavesNothing()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvGymnasium);
        using var client = await factory.LoginAsync("coordinator@demo.local");

        var response = await client.PostAsync($"/organizations/{school.Id}/edit", ("Name", ""), ("Type", "School"), ("Inn", "12ab"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Укажите полное наименование", html, StringComparison.Ordinal);
        Assert.Contains("ИНН — 10 цифр", html, StringComparison.Ordinal);
        Assert.Equal(school.Name, (await factory.OrganizationAsync(Seeded.KhvGymnasium)).Name);
    }

    [Fact]
    public async Task SearchFindsByNameAndTreatsWildcardsAsText()
    {
        using var client = await factory.LoginAsync("ministry@demo.local");

        var found = (await client.GetPageAsync("/organizations?q=гимназия")).QuerySelectorAll("#organizations-table tbody tr");
        Assert.Equal(2, found.Length);
        Assert.NotNull((await client.GetPageAsync("/organizations?q=%25")).QuerySelector("#empty-state"));
        Assert.NotNull((await client.GetPageAsync("/organizations?q=' OR 1=1 --")).QuerySelector("#empty-state"));
    }

    [Fact]
    public async Task ListPutsRegionalBodiesFirstThenEachMunicipality()
    {
        using var client = await factory.LoginAsync("ministry@demo.local");
        var rows = (await client.GetPageAsync("/organizations")).QuerySelectorAll("#organizations-table tbody tr")
            .Select(r => r.Children[3].TextContent.Trim()).ToList();

        Assert.Equal("—", rows[0]);
        Assert.Equal(rows.Count(r => r == "—"), rows.TakeWhile(r => r == "—").Count());
        var municipalities = rows.SkipWhile(r => r == "—").ToList();
        Assert.Equal(municipalities.OrderBy(m => m, StringComparer.Ordinal), municipalities);
    }

    [Fact]
    public async Task CardShowsTheInnovationStatus()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        using var client = await factory.LoginAsync("methodist@demo.local");

        var statuses = (await client.GetPageAsync($"/organizations/{school.Id}")).QuerySelector("#statuses")!.TextContent;

        Assert.Contains("Региональная инновационная площадка", statuses, StringComparison.Ordinal);
        Assert.Contains("функциональной грамотности", statuses, StringComparison.Ordinal);
        Assert.Contains("01.09.2024", statuses, StringComparison.Ordinal);
    }
}
