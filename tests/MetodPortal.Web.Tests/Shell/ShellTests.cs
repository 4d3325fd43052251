using System.Net;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Shell;

public sealed class ShellTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task UnknownPageAnswers404WithARussianPage()
    {
        using var client = await factory.LoginAsync("methodist@demo.local");
        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Страница не найдена", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForbiddenPageAnswers403WithARussianPage()
    {
        using var client = await factory.LoginAsync("methodist@demo.local");
        var response = await client.GetAsync("/admin/users");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Доступ запрещён", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PagesCarryTheSecurityHeaders()
    {
        using var client = factory.Client();
        var response = await client.GetAsync("/Account/Login");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task MenuFollowsTheRole()
    {
        using var admin = await factory.LoginAsync("admin@demo.local");
        var adminMenu = (await admin.GetPageAsync("/")).QuerySelector("#main-menu")!.TextContent;
        Assert.Contains("Пользователи", adminMenu, StringComparison.Ordinal);
        Assert.Contains("Журнал изменений", adminMenu, StringComparison.Ordinal);

        using var school = await factory.LoginAsync("school@demo.local");
        var schoolMenu = (await school.GetPageAsync("/")).QuerySelector("#main-menu")!.TextContent;
        Assert.DoesNotContain("Пользователи", schoolMenu, StringComparison.Ordinal);
        Assert.DoesNotContain("Муниципалитеты", schoolMenu, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RussianTextIsWrittenAsIsNotAsEntities()
    {
        using var client = factory.Client();
        var html = await (await client.GetAsync("/Account/Login")).Content.ReadAsStringAsync();

        Assert.Contains("Электронная почта", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x42D;", html, StringComparison.Ordinal);
    }
}
