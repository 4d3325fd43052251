using System.Net;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Account.UseCases;

public sealed class EndSessionTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Ending_another_device_s_session_signs_it_out_and_keeps_this_one()
    {
        using var here = await factory.LoginAsync("ministry@demo.local");
        using var elsewhere = await factory.LoginAsync("ministry@demo.local");

        var page = await here.GetPageAsync("/account/sessions");
        var rows = page.QuerySelectorAll("#sessions tbody tr");
        Assert.Equal(2, rows.Length);
        var other = Assert.Single(rows, r => !r.TextContent.Contains("этот сеанс", StringComparison.Ordinal));
        var form = other.QuerySelector("form")!;

        var ended = await here.PostAsync("/account/sessions/end", PortalClient.FieldsOf(form), "/account/sessions");

        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.Contains("/Account/Login", (await elsewhere.GetAsync("/")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Single((await here.GetPageAsync("/account/sessions")).QuerySelectorAll("#sessions tbody tr"));
    }

    [Fact]
    public async Task Another_user_s_session_or_an_unknown_one_is_not_found_and_stays()
    {
        using var victim = await factory.LoginAsync("school@demo.local");
        using var client = await factory.LoginAsync("school2@demo.local");
        string victimRef;
        await using (var db = factory.Db())
        {
            var userId = await db.Users.Where(u => u.Email == "school@demo.local").Select(u => u.Id).SingleAsync();
            victimRef = EndSession.RefOf(await db.UserSessions.Where(s => s.UserId == userId).Select(s => s.Key).FirstAsync());
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/account/sessions/end", [new("session", victimRef)], "/account/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/account/sessions/end", [new("session", "0000")], "/account/sessions")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await victim.GetAsync("/monitoring")).StatusCode);
    }
}
