using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin.UseCases;

public sealed class ReviseUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_new_organization_is_a_new_scope_and_ends_the_session_the_email_stays()
    {
        var id = await UserArrange.MethodistAsync(factory, "orlova@demo.local");
        await using var before = factory.Db();
        var stamp = await before.Users.Where(u => u.Id == id).Select(u => u.SecurityStamp).SingleAsync();
        var form = await UserArrange.MethodistFormAsync(factory, "other@demo.local");
        form.OrganizationId = (await factory.OrganizationAsync("МОЦ г. Хабаровска")).Id;
        await using var scope = factory.As(await factory.PrincipalAsync(UserArrange.Admin));

        Assert.Equal(Outcome.Done("Изменения сохранены. Пользователю нужно войти заново."), await scope.Get<ReviseUser>().HandleAsync(id, form, default));

        await using var db = factory.Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal(("orlova@demo.local", form.OrganizationId), (user.Email, user.OrganizationId));
        Assert.NotEqual(stamp, user.SecurityStamp);
    }
}
