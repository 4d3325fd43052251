using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin.UseCases;

public sealed class CreateUserTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_methodist_account_gets_the_centres_region_and_its_role()
    {
        var id = await UserArrange.MethodistAsync(factory, "sokolova@demo.local");

        await using var db = factory.Db();
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id);
        var centre = await factory.OrganizationAsync("МАУ «ЦРО»");
        Assert.Equal((centre.Id, (int?)centre.RegionId, true), (user.OrganizationId, user.RegionId, user.IsActive));
        Assert.True(await db.UserRoles.AnyAsync(ur => ur.UserId == id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Domain.Identity.Roles.Methodist)));
    }

    [Fact]
    public async Task Without_a_password_or_with_a_weak_one_nothing_is_created()
    {
        var none = await UserArrange.MethodistFormAsync(factory, "weak@demo.local");
        none.Password = null;
        var weak = await UserArrange.MethodistFormAsync(factory, "weak@demo.local");
        weak.Password = "1";
        await using var scope = factory.As(await factory.PrincipalAsync(UserArrange.Admin));

        var missing = Assert.IsType<Outcome.Invalidity>(await scope.Get<CreateUser>().HandleAsync(none, default));
        var refused = Assert.IsType<Outcome.Invalidity>(await scope.Get<CreateUser>().HandleAsync(weak, default));

        Assert.Equal("Укажите начальный пароль.", Assert.Single(missing.Errors.Errors).ErrorMessage);
        Assert.All(refused.Errors.Errors, e => Assert.Equal(nameof(UserForm.Password), e.PropertyName));
        await using var db = factory.Db();
        Assert.False(await db.Users.AnyAsync(u => u.Email == "weak@demo.local"));
    }
}
