using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>Disabling an account: it may no longer sign in, and its current session ends. The administrator's own account stays.</summary>
public sealed class DisableUser(UserManager<AppUser> users)
{
    public async Task<Outcome> HandleAsync(int id, int? byUserId, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return Outcome.NotFound;
        }

        if (user.Id == byUserId)
        {
            return Outcome.Refused("Нельзя отключить собственную учётную запись.");
        }

        user.IsActive = false;
        await users.UpdateSecurityStampAsync(user); // saves the flag too, and ends the user's session
        return Outcome.Done($"Пользователь {user.Email} отключён.");
    }
}
