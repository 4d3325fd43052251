using System.ComponentModel.DataAnnotations;
using System.Security.Cryptography;
using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Security;
using MetodPortal.Web.Areas.Api;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;

namespace MetodPortal.Web.Areas.Account.UseCases;

public sealed class ApiTokenForm
{
    [Display(Name = "Название (для какой системы)")]
    public string Name { get; set; } = "";

    [Display(Name = "Действует по")]
    public DateOnly? ExpiresOn { get; set; }

    [Display(Name = "Может читать персональные данные (педагоги, диагностики, ИОМ)")]
    public bool MayReadPersonalData { get; set; }
}

public sealed class ApiTokenFormValidator : AbstractValidator<ApiTokenForm>
{
    public const int MaxDays = 365;

    public ApiTokenFormValidator(TimeProvider clock)
    {
        var today = clock.Today();
        RuleFor(f => f.Name).NotEmpty().WithMessage("Укажите название токена: для какой системы он.")
            .MaximumLength(100).WithMessage("Название — не длиннее 100 символов.");
        RuleFor(f => f.ExpiresOn).NotNull().WithMessage("Укажите, по какой день токен действует.")
            .GreaterThan(today).WithMessage("Срок действия должен закончиться позже сегодняшнего дня.")
            .LessThanOrEqualTo(today.AddDays(MaxDays)).WithMessage($"Токен действует не дольше года: по {Display.Date(today.AddDays(MaxDays))} включительно.");
    }
}

/// <summary>The new token's secret, shown to its user once: only its hash is kept.</summary>
public sealed record NewApiToken(int Id, string Secret);

/// <summary>
/// The user makes a personal access token for another system: named, for up to a year, and with the right to read personal data only when
/// the user's own role may read them.
/// </summary>
public sealed class CreateApiToken(PortalDbContext db, IValidator<ApiTokenForm> validator, RecordAccess access, TimeProvider clock)
{
    /// <summary>Whether the user's role reads personal data at all (the staff, diagnostics or routes).</summary>
    public static bool MayOfferPersonalData(System.Security.Claims.ClaimsPrincipal user) =>
        user.Allows(Policies.ReadStaff) || user.Allows(Policies.ReadDiagnostics);

    public async Task<(Outcome Outcome, NewApiToken? Token)> HandleAsync(ApiTokenForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (fields.IsValid && form.MayReadPersonalData && !(access.Allows(Policies.ReadStaff) || access.Allows(Policies.ReadDiagnostics)))
        {
            fields.Errors.Add(new FluentValidation.Results.ValidationFailure(nameof(ApiTokenForm.MayReadPersonalData),
                "Ваша роль не даёт доступа к персональным данным, и токен его дать не может."));
        }

        if (!fields.IsValid)
        {
            return (Outcome.Invalid(fields), null);
        }

        var secret = "mpt_" + Base64Url(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            UserId = db.CurrentUser.UserId ?? throw new InvalidOperationException("A token is made by a signed-in user."),
            Name = form.Name.Trim(),
            Hash = ApiTokenAuthentication.HashOf(secret),
            Prefix = secret[..10],
            MayReadPersonalData = form.MayReadPersonalData,
            CreatedAt = clock.GetUtcNow(),
            ExpiresAt = RegionDays.EndOf(form.ExpiresOn!.Value),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (Outcome.Done("Токен создан. Скопируйте его сейчас: больше он показан не будет.", token.Id), new NewApiToken(token.Id, secret));
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
