using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin.UseCases;

public sealed class EnableUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_disabled_and_locked_account_is_enabled_with_its_lockout_cleared()
    {
        var id = await UserArrange.MethodistAsync(factory, "back@demo.local");
        await using (var arrange = factory.Db())
        {
            var user = await arrange.Users.SingleAsync(u => u.Id == id);
            (user.IsActive, user.LockoutEnd, user.AccessFailedCount) = (false, DateTimeOffset.UtcNow.AddHours(1), 4);
            await arrange.SaveChangesAsync();
        }

        await using var scope = factory.As(await factory.PrincipalAsync(UserArrange.Admin));
        Assert.Equal(Outcome.Done("Пользователь back@demo.local включён."), await scope.Get<EnableUser>().HandleAsync(id, default));

        await using var db = factory.Db();
        var enabled = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        Assert.Equal((true, (DateTimeOffset?)null, 0), (enabled.IsActive, enabled.LockoutEnd, enabled.AccessFailedCount));
    }
}
