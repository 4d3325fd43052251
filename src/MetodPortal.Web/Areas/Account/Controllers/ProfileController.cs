using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Account.Controllers;

/// <summary>The user's own account: profile, password (changed, or reset by a link by mail) and sessions.</summary>
[Area("Account")]
[Authorize]
[Route("account")]
public sealed class ProfileController(UserManager<AppUser> users) : Controller
{
    [HttpGet("profile")]
    public async Task<IActionResult> Profile() =>
        await users.GetUserAsync(User) is { } user ? View(ProfileForm.From(user)) : NotFound();

    [HttpPost("profile")]
    public async Task<IActionResult> Profile(ProfileForm form, [FromServices] ReviseProfile revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(User, form, ct), _ => RedirectToAction(nameof(Profile)),
            () => Task.FromResult<IActionResult>(View(form)));

    [HttpGet("password")]
    public IActionResult Password() => View(new PasswordChangeForm());

    [HttpPost("password")]
    public async Task<IActionResult> Password(PasswordChangeForm form, [FromServices] ChangePassword change, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await change.HandleAsync(User, await DatabaseTicketStore.CurrentKeyAsync(HttpContext), form, ct),
            _ => RedirectToAction(nameof(Profile)), () => Task.FromResult<IActionResult>(View(new PasswordChangeForm())));

    [HttpGet("forgot")]
    [AllowAnonymous]
    public IActionResult Forgot() => View(new ForgotPasswordForm());

    [HttpPost("forgot")]
    [AllowAnonymous]
    public async Task<IActionResult> Forgot(ForgotPasswordForm form, [FromServices] RequestPasswordReset request, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await request.HandleAsync(form, ct), _ => RedirectToAction(nameof(AccountController.Login), "Account"),
            () => Task.FromResult<IActionResult>(View(form)));

    [HttpGet("reset")]
    [AllowAnonymous]
    public IActionResult Reset(int user, string? token) => View(new PasswordResetForm { User = user, Token = token ?? "" });

    [HttpPost("reset")]
    [AllowAnonymous]
    public async Task<IActionResult> Reset(PasswordResetForm form, [FromServices] ResetPassword reset, CancellationToken ct) =>
        await this.AnswerOnFormAsync(await reset.HandleAsync(form, ct), _ => RedirectToAction(nameof(AccountController.Login), "Account"),
            () => Task.FromResult<IActionResult>(View(new PasswordResetForm { User = form.User, Token = form.Token })));

    [HttpGet("sessions")]
    public async Task<IActionResult> Sessions([FromServices] PortalDbContext db, CancellationToken ct) =>
        View(await EndSession.MineAsync(db, await DatabaseTicketStore.CurrentKeyAsync(HttpContext), ct));

    [HttpPost("sessions/end")]
    public async Task<IActionResult> End(string? session, [FromServices] EndSession end, CancellationToken ct) =>
        await this.AnswerAsync(await end.HandleAsync(session, ct), _ => RedirectToAction(nameof(Sessions)));
}
