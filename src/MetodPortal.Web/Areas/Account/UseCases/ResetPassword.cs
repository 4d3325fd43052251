using System.ComponentModel.DataAnnotations;
using FluentValidation;
using FluentValidation.Results;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class PasswordResetForm
{
    public int User { get; set; }
    public string Token { get; set; } = "";

    [Display(Name = "Новый пароль")]
    public string New { get; set; } = "";

    [Display(Name = "Новый пароль ещё раз")]
    public string Confirm { get; set; } = "";
}

public sealed class PasswordResetValidator : AbstractValidator<PasswordResetForm>
{
    public PasswordResetValidator()
    {
        RuleFor(f => f.New).NotEmpty().WithMessage("Укажите новый пароль.").MaximumLength(200).WithMessage("Слишком длинный пароль.");
        RuleFor(f => f.Confirm).Equal(f => f.New).WithMessage("Новый пароль и его повтор не совпадают.");
    }
}

/// <summary>A new password by the link of <see cref="RequestPasswordReset"/>; the link then no longer works, nor do the old sessions.</summary>
public sealed class ResetPassword(UserManager<AppUser> users, IValidator<PasswordResetForm> validator)
{
    public async Task<Outcome> HandleAsync(PasswordResetForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var user = await users.FindByIdAsync(form.User.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (user is not { IsActive: true })
        {
            return Outcome.Refused(new RussianIdentityErrors().InvalidToken().Description);
        }

        var result = await users.ResetPasswordAsync(user, form.Token, form.New);
        if (result.Succeeded)
        {
            return Outcome.Done("Пароль изменён. Войдите с новым паролем.");
        }

        return result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
            ? Outcome.Refused(result.Errors.First().Description)
            : Outcome.Invalid(new FluentValidation.Results.ValidationResult(result.Errors.Select(e => new ValidationFailure(nameof(form.New), e.Description))));
    }
}
