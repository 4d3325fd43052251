using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data.Seeding;

/// <summary>
/// The demo region's monitoring: the 2025 campaign, closed, with forms in every status (its figures came from the
/// schools' Excel reports, before the registry was kept here), and the 2026 campaign open, a few forms filled from the
/// registry. Both set the ИОМ indicator's threshold at 10 % (the regional set of measures: ИОМ for at least 10 % of teachers).
/// </summary>
internal static class DemoMonitoring
{
    private const string FromExcel = "Данные за 2025 год перенесены из отчёта ОО в Excel: реестр портала ведётся с 2026 года.";

    public static async Task SeedAsync(PortalDbContext db, Region region, CancellationToken ct)
    {
        var organizations = await db.Organizations.Where(o => o.RegionId == region.Id && o.CountsInIndicators).OrderBy(o => o.Id).ToListAsync(ct);
        var registry2026 = (await RegistryIndicators.ComputeAsync(db, region.Id, 2026, new DateOnly(2026, 12, 31), ct))
            .Where(r => r.Level == IndicatorLevel.Organization).ToDictionary(r => r.Id!.Value, r => r.Counts);
        IndicatorCounts RegistryOf(Organization o) => registry2026.GetValueOrDefault(o.Id) ?? IndicatorCounts.OneOrganization;

        var past = Campaign(region, 2025, CampaignStatus.Closed);
        var current = Campaign(region, 2026, CampaignStatus.Open);
        db.MonitoringCampaigns.AddRange(past, current);
        for (var k = 0; k < organizations.Count; k++)
        {
            var organization = organizations[k];
            db.MonitoringForms.Add(PastForm(past, organization, k, Earlier(RegistryOf(organization), k)));
            db.MonitoringForms.Add(CurrentForm(current, organization, k, RegistryOf(organization)));
        }

        await db.SaveChangesAsync(ct);

        // The 2025 analysis gave recommendations from the accepted forms; some are under way or done.
        var rows = await DeclaredIndicators.ComputeAsync(db, past.Id, ct);
        await TargetedRecommendations.GenerateAsync(db, past, IndicatorSource.Declared, rows, new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero), ct);
        var given = await db.Recommendations.Where(r => r.CampaignId == past.Id).OrderBy(r => r.Id).ToListAsync(ct);
        for (var k = 0; k < given.Count; k++)
        {
            given[k].Status = (k % 4) switch { 0 => RecommendationStatus.Done, 1 => RecommendationStatus.InProgress, _ => RecommendationStatus.New };
        }

        await db.SaveChangesAsync(ct);
    }

    private static MonitoringCampaign Campaign(Region region, int year, CampaignStatus status)
    {
        var campaign = new MonitoringCampaign
        {
            RegionId = region.Id, Year = year, ReportingDate = new DateOnly(year, 12, 31), Status = status,
            Deadline = new DateTimeOffset(year + 1, 1, 20, 8, 0, 0, TimeSpan.Zero), // 18:00 in Khabarovsk
            OpenedAt = new DateTimeOffset(year, 11, 2, 0, 0, 0, TimeSpan.Zero),
            ClosedAt = status == CampaignStatus.Closed ? new DateTimeOffset(year + 1, 2, 16, 0, 0, 0, TimeSpan.Zero) : null,
        };
        campaign.Thresholds[1] = 10m;
        return campaign;
    }

    /// <summary>The year before, as the schools reported it: fewer diagnosed, routed, supported and in mentoring than now.</summary>
    private static IndicatorCounts Earlier(IndicatorCounts now, int k) => now with
    {
        Diagnosed = now.Diagnosed * 2 / 3, WithRoute = now.WithRoute / 2, NewcomersSupported = now.NewcomersSupported * 3 / 4,
        YoungInProjects = now.YoungInProjects / 2, HeadsImproved = k % 3 == 0 ? 0 : now.HeadsImproved, WithMentoringProgram = k % 4 == 0 ? 0
            : now.WithMentoringProgram,
        InMentoring = k % 4 == 0 ? 0 : now.InMentoring * 2 / 3, InCommunities = now.InCommunities / 2,
    };

    /// <summary>2025, closed: most accepted (some late), one in ten never filed, others returned or sent but not accepted in time.</summary>
    private static MonitoringForm PastForm(MonitoringCampaign campaign, Organization organization, int k, IndicatorCounts declared)
    {
        var form = NewForm(campaign, organization);
        if (k % 10 == 9)
        {
            return form;
        }

        var late = k % 6 == 2;
        var sent = late ? new DateTimeOffset(2026, 1, 27, 3, 0, 0, TimeSpan.Zero) : new DateTimeOffset(2026, 1, 12 + (k % 7), 2, 30, 0, TimeSpan.Zero);
        (form.Declared, form.DiscrepancyComment, form.SubmittedAt, form.IsLate) = (declared, FromExcel, sent, late);
        Step(form, sent.AddDays(-2), FormStatus.Draft, "Сохранён черновик", null);
        Step(form, sent, FormStatus.Submitted, late ? "Отправлена после срока" : "Отправлена", null);
        switch (k % 10)
        {
            case 4:
                Step(form, sent.AddDays(2), FormStatus.Returned, "Возвращена на доработку",
                    "Проверьте число руководителей: оно расходится со штатным расписанием.");
                form.ReviewComment = form.History[^1].Comment;
                break;
            case 7:
                break; // sent, never reviewed before the campaign closed
            default:
                Step(form, sent.AddDays(3), FormStatus.Accepted, "Принята", null);
                break;
        }

        return form;
    }

    /// <summary>2026, open: most not started; some drafts, sent and accepted forms filled from the registry; one returned.</summary>
    private static MonitoringForm CurrentForm(MonitoringCampaign campaign, Organization organization, int k, IndicatorCounts registry)
    {
        var form = NewForm(campaign, organization);
        var day = new DateTimeOffset(2026, 11, 10 + (k % 8), 1, 0, 0, TimeSpan.Zero);
        switch (k % 5)
        {
            case 0:
            case 3:
                form.Declared = registry;
                Step(form, day, FormStatus.Draft, "Сохранён черновик", null);
                break;
            case 1:
                (form.Declared, form.SubmittedAt) = (registry, day.AddDays(1));
                Step(form, day, FormStatus.Draft, "Сохранён черновик", null);
                Step(form, day.AddDays(1), FormStatus.Submitted, "Отправлена", null);
                if (k % 10 == 1)
                {
                    Step(form, day.AddDays(2), FormStatus.Accepted, "Принята", null);
                }
                else if (k % 20 == 6)
                {
                    Step(form, day.AddDays(2), FormStatus.Returned, "Возвращена на доработку", "Уточните число педагогов в сообществах.");
                    form.ReviewComment = form.History[^1].Comment;
                }

                break;
        }

        return form;
    }

    private static MonitoringForm NewForm(MonitoringCampaign campaign, Organization organization) => new()
    {
        RegionId = organization.RegionId, OrganizationId = organization.Id, Campaign = campaign, Declared = IndicatorCounts.OneOrganization,
    };

    private static void Step(MonitoringForm form, DateTimeOffset at, FormStatus status, string action, string? comment)
    {
        form.Status = status;
        form.History.Add(new MonitoringFormEvent
        {
            RegionId = form.RegionId, OrganizationId = form.OrganizationId, At = at, UserName = status is FormStatus.Accepted or FormStatus.Returned
                ? "координатор МСНМС" : "администратор ОО",
            Status = status, Action = action, Comment = comment,
        });
    }
}
