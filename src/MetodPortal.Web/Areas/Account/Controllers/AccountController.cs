using FluentValidation;
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
    SignInManager<AppUser> signIn, UserManager<AppUser> users, RecordSignIn record, IValidator<LoginForm> validator, SignInThrottle throttle) : Controller
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

        if (!throttle.MayTry(HttpContext))
        {
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            ModelState.AddModelError("", $"С этого адреса было слишком много неудачных попыток входа. Повторите через {throttle.WindowMinutes} минут.");
            form.Password = "";
            return View(form);
        }

        var user = await users.FindByEmailAsync(form.Email.Trim());
        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        await record.HandleAsync(user, form.Email.Trim(), result.Succeeded ? AuditAction.LoggedIn : AuditAction.LoginFailed, ct);

        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : "/");
        }

        // A locked account, an unknown address and a wrong password read alike, so the page tells no stranger which
        // accounts exist; only the holder of the right password learns that the account is disabled.
        throttle.Failed(HttpContext);
        var disabled = result.IsNotAllowed && user is not null && !result.IsLockedOut && await users.CheckPasswordAsync(user, form.Password);
        ModelState.AddModelError("", disabled
            ? "Учётная запись отключена. Обратитесь к администратору портала."
            : "Неверная электронная почта или пароль. После 5 неудачных попыток вход временно блокируется на 15 минут.");
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
            await record.HandleAsync(user, user.Email!, AuditAction.LoggedOut, ct);
        }

        return RedirectToAction(nameof(Login));
    }
}
