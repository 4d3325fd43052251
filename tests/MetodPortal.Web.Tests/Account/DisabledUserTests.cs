using System.Globalization;
using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account;

public sealed class DisabledUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task DisablingAUserEndsTheirSessionAndBlocksSignIn()
    {
        using var teacher = await factory.LoginAsync("teacher@demo.local");
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync("/organizations")).StatusCode);

        using var admin = await factory.LoginAsync("admin@demo.local");
        int teacherId;
        await using (var db = factory.Db())
        {
            teacherId = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => u.Id).SingleAsync();
        }

        var id = teacherId.ToString(CultureInfo.InvariantCulture);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/admin/users/{id}/disable")).StatusCode);
        var disabled = await admin.PostAsync($"/admin/users/{id}/disable");
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);

        // The open session ends on its very next request.
        var next = await teacher.GetAsync("/organizations");
        Assert.Equal(HttpStatusCode.Redirect, next.StatusCode);
        Assert.Contains("/Account/Login", next.Headers.Location!.ToString(), StringComparison.Ordinal);

        using var again = factory.Client();
        var login = await again.LoginAsync("teacher@demo.local", "Demo-2026");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.Contains("Учётная запись отключена", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Enabled again, the user can sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostAsync($"/admin/users/{id}/enable")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.Client().LoginAsync("teacher@demo.local", "Demo-2026")).StatusCode);
    }
}
