using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

public sealed class SiteForm
{
    public int? OrganizationId { get; set; }
    public OrganizationStatusKind? Kind { get; set; }
    public OrganizationStatusLevel? Level { get; set; }
    public string Theme { get; set; } = "";
    public string? OrderNumber { get; set; }
    public DateOnly? OrderDate { get; set; }
    public DateOnly? ValidFrom { get; set; }
    public DateOnly? ValidTo { get; set; }

    /// <summary>The competence areas of the region's catalogue its theme develops.</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];

    public static SiteForm From(OrganizationStatus s) => new()
    {
        OrganizationId = s.OrganizationId, Kind = s.Kind, Level = s.Level, Theme = s.Theme, OrderNumber = s.OrderNumber, OrderDate = s.OrderDate,
        ValidFrom = s.ValidFrom, ValidTo = s.ValidTo, CompetenceAreaIds = [.. s.CompetenceAreaIds],
    };

    public void ApplyTo(OrganizationStatus s) =>
        (s.Kind, s.Level, s.Theme, s.OrderNumber, s.OrderDate, s.ValidFrom, s.ValidTo, s.CompetenceAreaIds) =
        (Kind!.Value, Level!.Value, Theme.Trim(), FormText.OrNull(OrderNumber), OrderDate, ValidFrom!.Value, ValidTo,
         [.. CompetenceAreaIds.Distinct().Order()]);
}

/// <summary>A site status's fields; an organization of the list, and a level the user grants (<see cref="Sites.LevelError"/>).</summary>
public sealed class SiteValidator : AbstractValidator<SiteForm>
{
    public SiteValidator(PortalDbContext db, ICurrentUserSource users)
    {
        RuleFor(f => f.OrganizationId).Cascade(CascadeMode.Stop).NotNull().WithMessage("Выберите организацию.")
            .MustAsync((id, ct) => Workplaces.Of(db).AnyAsync(o => o.Id == id, ct)).WithMessage("Выберите организацию из списка.");
        RuleFor(f => f.Level).Must(level => Sites.LevelError(level!.Value, users.Current.Scope) is null).When(f => f.Level is not null)
            .WithMessage(f => Sites.LevelError(f.Level!.Value, users.Current.Scope));
        RuleFor(f => f.Kind).NotNull().WithMessage("Выберите вид площадки.");
        RuleFor(f => f.CompetenceAreaIds).OfTheCatalogue(db);
        RuleFor(f => f.Level).NotNull().WithMessage("Выберите уровень.");
        RuleFor(f => f.Theme).NotEmpty().WithMessage("Укажите тему.").MaximumLength(1000).WithMessage("Тема — не длиннее 1000 символов.");
        RuleFor(f => f.OrderNumber).NotEmpty().WithMessage("Укажите номер приказа о присвоении статуса.").MaximumLength(100)
            .WithMessage("Номер — не длиннее 100 символов.");
        RuleFor(f => f.OrderDate).NotNull().WithMessage("Укажите дату приказа.");
        RuleFor(f => f.ValidFrom).NotNull().WithMessage("Укажите начало действия статуса.");
        RuleFor(f => f.ValidTo).GreaterThanOrEqualTo(f => f.ValidFrom).When(f => f.ValidFrom is not null && f.ValidTo is not null)
            .WithMessage("Окончание действия раньше его начала.");
    }
}

/// <summary>Granting an organization of the user's scope the status of an innovation or internship site, by an order.</summary>
public sealed class GrantSiteStatus(PortalDbContext db, IValidator<SiteForm> validator)
{
    public async Task<Outcome> HandleAsync(SiteForm form, CancellationToken ct)
    {
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var organization = await Workplaces.Of(db).FirstAsync(o => o.Id == form.OrganizationId, ct);
        var status = new OrganizationStatus { RegionId = organization.RegionId, OrganizationId = organization.Id };
        form.ApplyTo(status);
        db.OrganizationStatuses.Add(status);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Статус «{status.Kind.Name()}» присвоен: {organization.DisplayName}.");
    }
}
