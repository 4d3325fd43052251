using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin.UseCases;

public sealed class DisableUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_account_is_disabled_but_the_administrators_own_stays()
    {
        var id = await UserArrange.MethodistAsync(factory, "leaving@demo.local");
        await using var db = factory.Db();
        var admin = await db.Users.Where(u => u.Email == UserArrange.Admin).Select(u => u.Id).SingleAsync();
        await using var scope = factory.As(await factory.PrincipalAsync(UserArrange.Admin));

        Assert.Equal(Outcome.Done("Пользователь leaving@demo.local отключён."), await scope.Get<DisableUser>().HandleAsync(id, admin, default));
        Assert.Equal(Outcome.Refused("Нельзя отключить собственную учётную запись."), await scope.Get<DisableUser>().HandleAsync(admin, admin, default));

        Assert.Equal([false, true],
            await db.Users.AsNoTracking().Where(u => u.Id == id || u.Id == admin).OrderBy(u => u.Id != id).Select(u => u.IsActive).ToListAsync());
    }
}
