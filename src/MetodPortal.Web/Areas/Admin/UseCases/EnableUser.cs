using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>Enabling an account again, its lockout and failed attempts cleared.</summary>
public sealed class EnableUser(UserManager<AppUser> users)
{
    public async Task<Outcome> HandleAsync(int id, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return Outcome.NotFound;
        }

        user.IsActive = true;
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return Outcome.Done($"Пользователь {user.Email} включён.");
    }
}
