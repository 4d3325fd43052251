using MetodPortal.Domain.Identity;
using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Admin.UseCases;

/// <summary>Accounts the system administrator makes for the demo school's staff.</summary>
internal static class UserArrange
{
    public const string Admin = "admin@demo.local";

    public static async Task<UserForm> MethodistFormAsync(PortalFactory factory, string email) => new()
    {
        Email = email, FullName = "Соколова Анна Игоревна", Role = Roles.Methodist,
            OrganizationId = (await factory.OrganizationAsync("МАУ «ЦРО»")).Id, Password = "Strong-2026!x",
    };

    /// <summary>A methodist account made through the use case; its id.</summary>
    public static async Task<int> MethodistAsync(PortalFactory factory, string email)
    {
        await using (var scope = factory.As(await factory.PrincipalAsync(Admin)))
        {
            Assert.IsType<Outcome.Success>(await scope.Get<CreateUser>().HandleAsync(await MethodistFormAsync(factory, email), default));
        }

        await using var db = factory.Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
    }
}
