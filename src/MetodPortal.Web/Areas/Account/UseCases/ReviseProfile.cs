using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FluentValidation;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class ProfileForm
{
    [Display(Name = "ФИО")]
    public string FullName { get; set; } = "";

    [Display(Name = "Телефон")]
    public string? PhoneNumber { get; set; }

    public static ProfileForm From(AppUser user) => new() { FullName = user.FullName, PhoneNumber = user.PhoneNumber };
}

public sealed class ProfileValidator : AbstractValidator<ProfileForm>
{
    public ProfileValidator()
    {
        RuleFor(f => f.FullName).NotEmpty().WithMessage("Укажите ФИО.").MaximumLength(200).WithMessage("ФИО — не длиннее 200 символов.");
        RuleFor(f => f.PhoneNumber).MaximumLength(30).WithMessage("Телефон — не длиннее 30 символов.")
            .Matches(@"^[0-9+()\- ]*$").WithMessage("Телефон — цифры, пробелы, скобки, «+» и «-».");
    }
}

/// <summary>The user's own name and phone (the login, role and organization are the administrator's).</summary>
public sealed class ReviseProfile(UserManager<AppUser> users, SignInManager<AppUser> signIn, IValidator<ProfileForm> validator)
{
    public async Task<Outcome> HandleAsync(ClaimsPrincipal principal, ProfileForm form, CancellationToken ct)
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

        (user.FullName, user.PhoneNumber) = (form.FullName.Trim(), Domain.FormText.OrNull(form.PhoneNumber));
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user); // the name in the page's header comes from the sign-in
        return Outcome.Done("Профиль сохранён.");
    }
}
