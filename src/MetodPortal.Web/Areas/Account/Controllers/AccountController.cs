using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Account.Controllers;

[Area("Account")]
[Route("Account")]
public sealed class AccountController(
    SignInManager<AppUser> signIn, UserManager<AppUser> users, PortalDbContext db, IValidator<LoginForm> validator, TimeProvider clock) : Controller
{
    [HttpGet("Login")]
    [AllowAnonymous]
    public IActionResult Login(string? returnUrl) => View(new LoginForm { ReturnUrl = returnUrl });

    [HttpPost("Login")]
    [AllowAnonymous]
    public async Task<IActionResult> Login(LoginForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        await AuditLoginAsync(user, form.Email.Trim(), result.Succeeded ? AuditAction.LoggedIn : AuditAction.LoginFailed, ct);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        ModelState.AddModelError("", result switch
        {
            { IsLockedOut: true } => "Вход временно заблокирован после 5 неудачных попыток. Повторите через 15 минут или обратитесь к администратору.",
            { IsNotAllowed: true } => "Учётная запись отключена. Обратитесь к администратору портала.",
            _ => "Неверная электронная почта или пароль.",
        });
        form.Password = "";
        return View(form);
    }

    [HttpPost("Logout")]
    public async Task<IActionResult> Logout(CancellationToken ct)
    {
        var user = await users.GetUserAsync(User);
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await AuditLoginAsync(user, user.Email!, AuditAction.LoggedOut, ct);
        }

        return RedirectToAction(nameof(Login));
    }

    /// <summary>Sign-ins and their failures are logged like changes (152-ФЗ: every access to personal data is traceable).</summary>
    private async Task AuditLoginAsync(AppUser? user, string email, AuditAction action, CancellationToken ct)
    {
        db.AuditEntries.Add(new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = user?.Id,
            UserName = email.Length > 256 ? email[..256] : email,
            RegionId = user?.RegionId,
            Action = action,
            EntityType = nameof(AppUser),
            EntityId = user?.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await db.SaveChangesAsync(ct);
    }
}
