using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class PasswordChangeForm
{
    [Display(Name = "Текущий пароль")]
    public string Current { get; set; } = "";

    [Display(Name = "Новый пароль")]
    public string New { get; set; } = "";

    [Display(Name = "Новый пароль ещё раз")]
    public string Confirm { get; set; } = "";
}

public sealed class PasswordChangeValidator : AbstractValidator<PasswordChangeForm>
{
    public PasswordChangeValidator()
    {
        RuleFor(f => f.Current).NotEmpty().WithMessage("Укажите текущий пароль.");
        RuleFor(f => f.New).NotEmpty().WithMessage("Укажите новый пароль.").MaximumLength(200).WithMessage("Слишком длинный пароль.");
        RuleFor(f => f.Confirm).Equal(f => f.New).WithMessage("Новый пароль и его повтор не совпадают.");
    }
}

/// <summary>
/// The user changes their own password. Every other session of theirs ends with the old password (the stamp renews); the session
/// that asks stays (its key comes with the form), its ticket renewed with the new stamp.
/// </summary>
public sealed class ChangePassword(
    UserManager<AppUser> users, SignInManager<AppUser> signIn, PortalDbContext db, IValidator<PasswordChangeForm> validator)
{
    public async Task<Outcome> HandleAsync(ClaimsPrincipal principal, string? sessionKey, PasswordChangeForm form, CancellationToken ct)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.SessionKept = sessionKey;
        var result = await users.ChangePasswordAsync(user, form.Current, form.New);
        if (!result.Succeeded)
        {
            return Outcome.Invalid(new FluentValidation.Results.ValidationResult(result.Errors.Select(e =>
                new ValidationFailure(e.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(form.Current) : nameof(form.New), e.Description))));
        }

        await signIn.RefreshSignInAsync(user);
        return Outcome.Done("Пароль изменён. На других устройствах нужно войти заново.");
    }
}
