using FluentValidation;
using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>What the campaign page posts: the deadline as the region's local date and time, thresholds as typed (a decimal comma or point).</summary>
public sealed class CampaignForm
{
    public int? Year { get; set; }
    public DateOnly? ReportingDate { get; set; }
    public DateOnly? DeadlineDate { get; set; }
    public TimeOnly? DeadlineTime { get; set; } = new(18, 0);
    public List<string?> Thresholds { get; set; } = [.. Enumerable.Repeat<string?>(Display.Number(Indicators.DefaultThreshold), Indicators.Count)];

    /// <summary>Whether the form edits a campaign (set by <see cref="ReviseCampaign"/>, never posted): its year is then fixed.</summary>
    [BindNever]
    public bool Editing { get; set; }

    public static CampaignForm From(MonitoringCampaign c, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(c.Deadline, zone);
        return new CampaignForm
        {
            Year = c.Year, ReportingDate = c.ReportingDate, DeadlineDate = DateOnly.FromDateTime(local.DateTime),
                DeadlineTime = TimeOnly.FromDateTime(local.DateTime),
            Thresholds = [.. c.Thresholds.Select(t => (string?)Display.Number(t))],
        };
    }

    /// <summary>The deadline as a moment: the local date and time in the region's zone.</summary>
    public DateTimeOffset Deadline(TimeZoneInfo zone)
    {
        var local = DeadlineDate!.Value.ToDateTime(DeadlineTime ?? new TimeOnly(23, 59));
        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }

    public void ApplyTo(MonitoringCampaign c, TimeZoneInfo zone) =>
        (c.Year, c.ReportingDate, c.Deadline, c.Thresholds) =
        (Year!.Value, ReportingDate!.Value, Deadline(zone), [.. Thresholds.Select(t => Display.ParseNumber(t)!.Value)]);
}

/// <summary>A campaign's dates and thresholds; one campaign a year in the region.</summary>
public sealed class CampaignValidator : AbstractValidator<CampaignForm>
{
    public CampaignValidator(PortalDbContext db)
    {
        RuleFor(f => f.Year).Cascade(CascadeMode.Stop).NotNull().WithMessage("Укажите год.").InclusiveBetween(2020, 2100).WithMessage("Год — от 2020 до 2100.")
            .MustAsync(async (f, year, ct) => f.Editing
                || !await db.MonitoringCampaigns.AnyAsync(c => c.Year == year, ct)).WithMessage(f => $"Мониторинг за {f.Year} год уже есть.");
        RuleFor(f => f.ReportingDate).NotNull().WithMessage("Укажите отчётную дату.");
        RuleFor(f => f.ReportingDate).Must((f, date) => date!.Value.Year == f.Year).When(f => f.Year is not null && f.ReportingDate is not null)
            .WithMessage("Отчётная дата — в году мониторинга.");
        RuleFor(f => f.DeadlineDate).NotNull().WithMessage("Укажите срок сдачи форм.");
        RuleFor(f => f.DeadlineDate).Must((f, date) => date >= f.ReportingDate!.Value.AddMonths(-11)).When(f => f.ReportingDate is not null
            && f.DeadlineDate is not null)
            .WithMessage("Срок сдачи слишком далёк от отчётной даты.");
        RuleFor(f => f.Thresholds).Must(t => t.Count == Indicators.Count).WithMessage("Укажите порог каждого показателя.");
        RuleForEach(f => f.Thresholds).Must(t => Display.ParseNumber(t) is { } value && value > 0 && value <= 100)
            .WithMessage("Порог — число больше 0 и не больше 100 (%).");
    }
}

/// <summary>A monitoring campaign of the user's region, in preparation: its reporting date, deadline and the indicators' thresholds.</summary>
public sealed class PrepareCampaign(PortalDbContext db, IValidator<CampaignForm> validator, ICurrentUserSource users)
{
    /// <returns>Done with the campaign's id.</returns>
    public async Task<Outcome> HandleAsync(CampaignForm form, CancellationToken ct)
    {
        if (users.Current.Scope.RegionId is not { } regionId)
        {
            return Outcome.Refused("Мониторинг проводит регион: войдите пользователем региона.");
        }

        form.Editing = false;
        var fields = await validator.ValidateAsync(form, ct);
        if (!fields.IsValid)
        {
            return Outcome.Invalid(fields);
        }

        var campaign = new MonitoringCampaign { RegionId = regionId };
        form.ApplyTo(campaign, await RegionZone.OfAsync(db, regionId, ct));
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Мониторинг за {campaign.Year} год подготовлен. Откройте его, когда формы можно заполнять.", campaign.Id);
    }
}
