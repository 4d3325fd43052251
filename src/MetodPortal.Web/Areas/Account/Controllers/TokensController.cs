using MetodPortal.Data;
using MetodPortal.Web.Areas.Account.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MetodPortal.Web.Areas.Account.Controllers;

/// <summary>The user's personal access tokens for the read API: made (the secret shown once), listed, revoked.</summary>
[Area("Account")]
[Authorize]
[Route("account/tokens")]
public sealed class TokensController(PortalDbContext db, TimeProvider clock) : Controller
{
    /// <summary>The new secret's way to the next page: the data-protected TempData cookie, read once (then deleted), never a log or an address.</summary>
    private const string MadeKey = "api-token-made";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) =>
        await PageAsync(NewForm(), TempData[MadeKey] is string made && made.Split(':', 2) is [var id, var secret]
            ? new NewApiToken(int.Parse(id, System.Globalization.CultureInfo.InvariantCulture), secret) : null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Create(ApiTokenForm form, [FromServices] CreateApiToken create, CancellationToken ct)
    {
        var (outcome, token) = await create.HandleAsync(form, ct);
        if (token is not null)
        {
            TempData[MadeKey] = $"{token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}:{token.Secret}";
        }

        return await this.AnswerAsync(outcome, _ => RedirectToAction(nameof(Index)), () => PageAsync(form, null, ct));
    }

    [HttpPost("{id:int}/revoke")]
    public async Task<IActionResult> Revoke(int id, [FromServices] RevokeApiToken revoke, CancellationToken ct) =>
        await this.AnswerAsync(await revoke.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)));

    private ApiTokenForm NewForm() => new() { ExpiresOn = clock.Today().AddDays(90) };

    private async Task<IActionResult> PageAsync(ApiTokenForm form, NewApiToken? made, CancellationToken ct) =>
        View("Index", new TokensModel(form, await RevokeApiToken.MineAsync(db, ct), made, CreateApiToken.MayOfferPersonalData(User), clock.GetUtcNow()));
}

public sealed record TokensModel(ApiTokenForm Form, List<ApiTokenRow> Tokens, NewApiToken? Made, bool MayOfferPersonalData, DateTimeOffset Now);
