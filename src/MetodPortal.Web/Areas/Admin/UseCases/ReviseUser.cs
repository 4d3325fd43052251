using FluentValidation;
using FluentValidation.Results;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Admin.UseCases;

/// <summary>Changing an account's name, role and organization; a new scope ends the user's current session (the stamp is renewed).</summary>
public sealed class ReviseUser(PortalDbContext db, UserManager<AppUser> users, IValidator<UserForm> validator)
{
    public async Task<Outcome> HandleAsync(int id, UserForm form, CancellationToken ct)
    {
        var user = await users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is null)
        {
            return Outcome.NotFound;
        }

        (form.Email, form.Editing) = (user.Email!, true);
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var currentRoles = await users.GetRolesAsync(user);
        var (organization, educator) = (user.OrganizationId, user.EducatorId);
        user.FullName = form.FullName.Trim();
        await form.AttachAsync(db, user, ct);
        var roleChanged = !currentRoles.SequenceEqual([form.Role]);
        var scopeChanged = organization != user.OrganizationId || educator != user.EducatorId || roleChanged;
        if (roleChanged)
        {
            await users.RemoveFromRolesAsync(user, currentRoles);
            await users.AddToRoleAsync(user, form.Role);
        }

        var updated = scopeChanged ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return Outcome.Invalid(new ValidationResult([.. updated.Errors.Select(e => new ValidationFailure("", e.Description))]));
        }

        await transaction.CommitAsync(ct);
        return Outcome.Done("Изменения сохранены." + (scopeChanged ? " Пользователю нужно войти заново." : ""));
    }
}
