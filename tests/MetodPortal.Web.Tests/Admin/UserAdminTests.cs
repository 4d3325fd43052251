using System.Net;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin;

public sealed class UserAdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AdminCreatesASchoolAdministratorWhoThenSeesOnlyTheirSchool()
    {
        var school = await factory.OrganizationAsync(Seeded.KmsSchool);
        using var admin = await factory.LoginAsync("admin@demo.local");

        var response = await admin.PostAsync("/admin/users/create",
            ("Email", "new.admin@school31.test"), ("FullName", "Тестов Тест Тестович"), ("Role", Roles.SchoolAdmin),
            ("OrganizationId", school.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Password", "Strong-Pass1"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        using var user = await factory.LoginAsync("new.admin@school31.test", "Strong-Pass1");
        var rows = (await user.GetPageAsync("/organizations")).QuerySelectorAll("#organizations-table tbody tr");
        Assert.Single(rows);
        Assert.Contains(Seeded.KmsSchool, rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoleAndOrganizationMustFitAndWeakPasswordsAreRefused()
    {
        var ministry = await factory.Db().Organizations.AsNoTracking().SingleAsync(o => o.ShortName == "Минобрнауки края");
        using var admin = await factory.LoginAsync("admin@demo.local");

        var response = await admin.PostAsync("/admin/users/create",
            ("Email", "wrong.fit.example"), ("FullName", "Неподходящий"), ("Role", Roles.SchoolAdmin),
            ("OrganizationId", ministry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Password", "short"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("выберите образовательную организацию", html, StringComparison.Ordinal);
        Assert.Contains("Электронная почта указана неверно", html, StringComparison.Ordinal);
        await using var db = factory.Db();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "wrong.fit.example"));

        var weak = await admin.PostAsync("/admin/users/create",
            ("Email", "weak@school.test"), ("FullName", "Слабый Пароль"), ("Role", Roles.SystemAdmin), ("Password", "password"));
        Assert.Equal(HttpStatusCode.OK, weak.StatusCode);
        Assert.Contains("заглавную букву", await weak.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weak@school.test"));
    }

    [Fact]
    public async Task TheUserFormFixesTheLoginOfAnAccountAndNeverDrawsAPasswordBack()
    {
        using var admin = await factory.LoginAsync("admin@demo.local");
        var refused = await admin.PostAsync("/admin/users/create", ("Email", "new.teacher@demo.local"), ("FullName", "Новикова Анна"), ("Role", ""),
            ("Password", "Secret-2026!"));
        var page = await PortalClient.ParseAsync(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Выберите роль из списка.", page.QuerySelector("#validation-summary")!.TextContent);
        Assert.Equal(("password", "", "new-password"), (page.QuerySelector("#Password")!.GetAttribute("type"),
            page.QuerySelector("#Password")!.GetAttribute("value"), page.QuerySelector("#Password")!.GetAttribute("autocomplete")));
        Assert.Null(page.QuerySelector("#Email")!.GetAttribute("readonly"));

        await using var db = factory.Db();
        var someone = await db.Users.Where(u => u.Email == "school@demo.local").Select(u => u.Id).SingleAsync();
        var edit = await admin.GetPageAsync($"/admin/users/{someone}/edit");
        Assert.Equal("readonly", edit.QuerySelector("#Email")!.GetAttribute("readonly"));
        Assert.Null(edit.QuerySelector("#Password"));
        Assert.NotNull(edit.QuerySelector("label[for=Role] .text-danger"));
    }

    [Fact]
    public async Task OnlyTheSystemAdministratorManagesUsers()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");

        Assert.Equal(HttpStatusCode.Forbidden, (await ministry.GetAsync("/admin/users")).StatusCode);
        var post = await ministry.PostAsync("/admin/users/create",
            ("Email", "sneaky@test.ru"), ("FullName", "Хитрый"), ("Role", Roles.SystemAdmin), ("Password", "Strong-Pass1"));
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        await using var db = factory.Db();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "sneaky@test.ru"));
    }

    [Fact]
    public async Task AuditPageShowsChangesToAdminAndMinistryOnly()
    {
        using var ministry = await factory.LoginAsync("ministry@demo.local");
        var page = await ministry.GetPageAsync("/admin/audit?entity=Organization");
        Assert.Contains("Организация", page.QuerySelector("#audit-table")!.TextContent, StringComparison.Ordinal);

        using var coordinator = await factory.LoginAsync("coordinator@demo.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.GetAsync("/admin/audit")).StatusCode);
    }
}
