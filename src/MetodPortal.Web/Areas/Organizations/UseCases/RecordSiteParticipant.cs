using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

public sealed class SiteParticipantForm
{
    public string Name { get; set; } = "";
    public string Workplace { get; set; } = "";
    public string Topic { get; set; } = "";
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

public sealed class SiteParticipantValidator : AbstractValidator<SiteParticipantForm>
{
    public SiteParticipantValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Укажите ФИО участника.").MaximumLength(300).WithMessage("ФИО — не длиннее 300 символов.");
        RuleFor(f => f.Workplace).NotEmpty().WithMessage("Укажите место работы участника.").MaximumLength(300)
            .WithMessage("Место работы — не длиннее 300 символов.");
        RuleFor(f => f.Topic).NotEmpty().WithMessage("Укажите тему стажировки.").MaximumLength(500).WithMessage("Тема — не длиннее 500 символов.");
        RuleFor(f => f.From).NotNull().WithMessage("Укажите дату начала.");
        RuleFor(f => f.To).NotNull().WithMessage("Укажите дату окончания.");
        RuleFor(f => f.To).GreaterThanOrEqualTo(f => f.From).When(f => f.From is not null && f.To is not null)
            .WithMessage("Дата окончания раньше даты начала.");
    }
}

/// <summary>The site's organization (or the region, the municipality) records an educator of another organization who trained at the site.</summary>
public sealed class RecordSiteParticipant(PortalDbContext db, IValidator<SiteParticipantForm> validator)
{
    public async Task<Outcome> HandleAsync(int siteId, SiteParticipantForm form, CancellationToken ct)
    {
        var site = await db.OrganizationStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Outcome.NotFound;
        }

        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        db.SiteParticipants.Add(new SiteParticipant
        {
            RegionId = site.RegionId, OrganizationId = site.OrganizationId, SiteId = site.Id, Name = form.Name.Trim(), Workplace = form.Workplace.Trim(),
            Topic = form.Topic.Trim(), From = form.From!.Value, To = form.To!.Value,
        });
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Участник {form.Name.Trim()} записан.", siteId);
    }
}
