using System.ComponentModel.DataAnnotations;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Notifications;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class ForgotPasswordForm
{
    [Display(Name = "Электронная почта")]
    public string Email { get; set; } = "";
}

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordValidator() =>
        RuleFor(f => f.Email).NotEmpty().WithMessage("Укажите электронную почту.").MaximumLength(256).WithMessage("Слишком длинный адрес.")
            .EmailAddress().WithMessage("Электронная почта указана неверно.");
}

/// <summary>
/// «Забыли пароль?»: a one-time link to set a new password goes to the address of an active account (through the outbox). The answer is
/// the same whether or not the address belongs to anyone, so the page tells a stranger nothing about the accounts.
/// </summary>
public sealed class RequestPasswordReset(UserManager<AppUser> users, PortalDbContext db, Outbox outbox, IValidator<ForgotPasswordForm> validator)
{
    public const string Sent = "Если адрес зарегистрирован в портале, на него отправлено письмо со ссылкой для смены пароля. Ссылка действует два часа.";

    public async Task<Outcome> HandleAsync(ForgotPasswordForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        if (!outbox.Enabled)
        {
            return Outcome.Refused("Почта портала не настроена: обратитесь к администратору портала, он задаст новый пароль.");
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        if (user is { IsActive: true, Email: { } email })
        {
            var token = Uri.EscapeDataString(await users.GeneratePasswordResetTokenAsync(user));
            db.OutboxMails.Add(outbox.Letter(user.Id, email, "смена пароля",
                "Кто-то (возможно, вы) попросил сменить пароль к МетодПорталу. Если это были не вы, ничего не делайте: пароль останется прежним.",
                $"/account/reset?user={user.Id}&token={token}", "Задать новый пароль"));
            await db.SaveChangesAsync(ct);
        }

        return Outcome.Done(Sent);
    }
}
