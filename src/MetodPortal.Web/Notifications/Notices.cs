using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Plan;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MetodPortal.Web.Notifications;

/// <summary>
/// What causes a notice, in one place: the changes a save is about to write are read off the change tracker, and the notices (with their
/// e-mails, where the recipient wants them and mail is configured) are added to the same save — the outbox commits with its cause or not
/// at all. Recipients are found by role and organization across the user's region (read around the scope: the coordinator of a school's
/// municipality is outside the school's view); only their ids and addresses are read.
/// </summary>
public sealed class Notices(TimeProvider clock, Outbox outbox) : SaveChangesInterceptor
{
    private sealed record Cause(NoticeKind Kind, IQueryable<AppUser> To, string Text, string Url);

    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is PortalDbContext db)
        {
            await AddAsync(db, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is PortalDbContext db)
        {
            AddAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }

        return result;
    }

    private async Task AddAsync(PortalDbContext db, CancellationToken ct)
    {
        // Changes are detected once: each read of the tracker would detect them again over every tracked entity, once per notice
        // (a region's 2,500 new recommendations: 2,500 passes over the thousands of entities of that save); what is added here is tracked
        // as it is added.
        db.ChangeTracker.DetectChanges();
        var detects = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await AddCausedAsync(db, ct);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detects;
        }
    }

    private async Task AddCausedAsync(PortalDbContext db, CancellationToken ct)
    {
        var causes = new List<Cause>();
        foreach (var form in Changed<MonitoringForm, FormStatus>(db, f => f.Status))
        {
            causes.Add(await FormCauseAsync(db, form.Entity, form.Was, ct));
        }

        foreach (var route in Changed<IndividualRoute, RouteStatus>(db, r => r.Status).Where(r => r.Entity.Status == RouteStatus.Approved))
        {
            causes.Add(new Cause(NoticeKind.RouteApproved, AccountsOf(db, route.Entity.EducatorId),
                $"Ваш ИОМ на {Display.Date(route.Entity.PeriodFrom)} — {Display.Date(route.Entity.PeriodTo)} утверждён.", $"/routes/{route.Entity.Id}"));
        }

        foreach (var item in Changed<RouteItem, RouteItemStatus>(db, i => i.Status))
        {
            causes.Add(await ItemCauseAsync(db, item.Entry, item.Was, ct));
        }

        foreach (var campaign in Changed<MonitoringCampaign, CampaignStatus>(db, c => c.Status).Where(c => c.Entity.Status == CampaignStatus.Open))
        {
            var organizations = Around(db.MonitoringForms).Where(f => f.CampaignId == campaign.Entity.Id).Select(f => (int?)f.OrganizationId);
            causes.Add(new Cause(NoticeKind.CampaignOpened, WithRole(db, Roles.SchoolAdmin).Where(u => organizations.Contains(u.OrganizationId)),
                $"Открыт мониторинг {campaign.Entity.Year} года: заполните форму до {Display.RegionDate(campaign.Entity.Deadline)}.",
                $"/monitoring/{campaign.Entity.Id}"));
        }

        foreach (var campaign in Changed<MonitoringCampaign, CampaignStatus>(db, c => c.Status).Where(c => c.Entity.Status == CampaignStatus.Closed))
        {
            causes.Add(new Cause(NoticeKind.CampaignClosed,
                InRegion(db, Roles.Ministry, campaign.Entity.RegionId).Union(InRegion(db, Roles.Coordinator, campaign.Entity.RegionId)),
                $"Мониторинг {campaign.Entity.Year} года закрыт: показатели и отчёт — на панели мониторинга.", $"/monitoring/{campaign.Entity.Id}"));
        }

        var now = clock.GetUtcNow();
        foreach (var user in db.ChangeTracker.Entries<AppUser>().Where(e => e.State == EntityState.Modified && e.Entity.LockoutEnd > now
                     && !(e.Property(u => u.LockoutEnd).OriginalValue > now)).Select(e => e.Entity).ToList())
        {
            causes.Add(new Cause(NoticeKind.UserLockedOut, WithRole(db, Roles.SystemAdmin),
                $"Учётная запись {user.Email} заблокирована до {Display.DateTime(user.LockoutEnd!.Value)} после неудачных попыток входа.",
                $"/admin/users/{user.Id}/edit"));
        }

        foreach (var request in Changed<ProgramRequest, RequestStatus>(db, r => r.Status).Where(r => r.Was == RequestStatus.Open))
        {
            causes.Add(new Cause(NoticeKind.RequestAnswered, db.Users.Where(u => u.Id == request.Entity.FiledByUserId && u.IsActive),
                $"Получен ответ на ваш запрос ДПП «{request.Entity.Topic}».", "/programs/requests"));
        }

        foreach (var practice in Changed<Practice, PracticeStatus>(db, p => p.Status))
        {
            causes.AddRange(PracticeCauses(db, practice.Entity));
        }

        foreach (var report in db.ChangeTracker.Entries<AnalyticReport>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            causes.Add(new Cause(NoticeKind.AnalysisOpened, InRegion(db, Roles.RegionalMethodist, report.RegionId),
                $"Мониторинг закрыт: напишите информационно-аналитический отчёт и адресные рекомендации до {Display.Date(report.Due)}.",
                "/analysis"));
        }

        foreach (var report in Changed<AnalyticReport, AnalyticStatus>(db, r => r.Status))
        {
            causes.Add(AnalysisCause(db, report.Entity));
        }

        foreach (var cause in causes.Where(c => c.Kind != 0))
        {
            await AddAsync(db, cause, ct);
        }

        await RecommendationsAsync(db, ct);
        await LinkedOffersAsync(db, ct);
    }

    /// <summary>A recommendation addressed to an organization (its administrators) or a municipality (its coordinators), once per addressee and
    /// indicator of a campaign: regenerating the recommendations does not say it again.</summary>
    private async Task RecommendationsAsync(PortalDbContext db, CancellationToken ct)
    {
        foreach (var r in db.ChangeTracker.Entries<Recommendation>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList())
        {
            var (to, place) = r.OrganizationId is { } organizationId
                ? (WithRole(db, Roles.SchoolAdmin).Where(u => u.OrganizationId == organizationId), $"organizationId={organizationId}")
                : (InMunicipality(db, Roles.Coordinator, r.MunicipalityId), $"municipalityId={r.MunicipalityId}");
            await NotifyAsync(db, NoticeKind.RecommendationAddressed, to, $"Адресная рекомендация по показателю {r.Indicator}: {r.Text}",
                $"/monitoring/{r.CampaignId}/recommendations?{place}", $"recommendation:{r.CampaignId}:{r.Indicator}:{place}", ct);
        }
    }

    /// <summary>
    /// The analytic report of a campaign: sent to review, the ministry is told; returned, ЦНППМ; issued, the addressees of its recommendations
    /// (the organizations' administrators, the municipalities' coordinators) and the region's coordinators.
    /// </summary>
    private static Cause AnalysisCause(PortalDbContext db, AnalyticReport report)
    {
        var url = $"/analysis/{report.Id}";
        var region = report.RegionId;
        var given = Around(db.Recommendations).Where(r => r.CampaignId == report.CampaignId);
        return report.Status switch
        {
            AnalyticStatus.InReview => new Cause(NoticeKind.AnalysisToReview, InRegion(db, Roles.Ministry, region),
                "Информационно-аналитический отчёт по мониторингу ждёт рассмотрения.", url),
            AnalyticStatus.Draft => new Cause(NoticeKind.AnalysisToReview, InRegion(db, Roles.RegionalMethodist, region),
                $"Информационно-аналитический отчёт возвращён на доработку: {report.ReviewComment}", url),
            _ => new Cause(NoticeKind.AnalysisIssued,
                WithRole(db, Roles.SchoolAdmin).Where(u => given.Any(r => r.OrganizationId == u.OrganizationId))
                    .Union(InRegion(db, Roles.Coordinator, region)),
                "Выпущен информационно-аналитический отчёт по итогам мониторинга с адресными рекомендациями: ответьте, что сделано по вашим.", url),
        };
    }

    /// <summary>An offer linked to an item of a route under way tells the educator what to do and where (in a draft, the approval does).</summary>
    private async Task LinkedOffersAsync(PortalDbContext db, CancellationToken ct)
    {
        var linked = db.ChangeTracker.Entries<RouteItem>()
            .Where(e => e.State == EntityState.Modified && OfferLinks.Any(link => e.Property(link).IsModified && e.Property(link).CurrentValue is not null))
            .Select(e => e.Entity).ToList();
        foreach (var item in linked)
        {
            var underWay = await Around(db.Routes)
                .AnyAsync(r => r.Id == item.RouteId && (r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress), ct);
            if (underWay)
            {
                await NotifyAsync(db, NoticeKind.OfferLinked, AccountsOf(db, item.EducatorId),
                    $"К пункту ИОМ «{item.Goal}» подобрано предложение: посмотрите, куда и когда записаться.", $"/routes/{item.RouteId}#item-{item.Id}",
                    null, ct);
            }
        }
    }

    private static readonly string[] OfferLinks =
        [nameof(RouteItem.CohortId), nameof(RouteItem.EventId), nameof(RouteItem.CommunityId), nameof(RouteItem.SiteId), nameof(RouteItem.PairId),
            nameof(RouteItem.PracticeId)];

    private async Task<Cause> FormCauseAsync(PortalDbContext db, MonitoringForm form, FormStatus was, CancellationToken ct)
    {
        var organization = await Around(db.Organizations).Where(o => o.Id == form.OrganizationId)
            .Select(o => new { Name = o.ShortName ?? o.Name, o.MunicipalityId }).SingleAsync(ct);
        var admins = WithRole(db, Roles.SchoolAdmin).Where(u => u.OrganizationId == form.OrganizationId);
        var url = $"/monitoring/forms/{form.Id}";
        return (was, form.Status) switch
        {
            (_, FormStatus.Submitted) => new Cause(NoticeKind.FormSubmitted,
                InMunicipality(db, Roles.Coordinator, organization.MunicipalityId),
                $"{organization.Name} отправила форму мониторинга{(form.IsLate ? " (после срока)" : "")}: проверьте и примите или верните.", url),
            (FormStatus.Submitted, FormStatus.Returned) => new Cause(NoticeKind.FormReturned, admins,
                $"Форма мониторинга возвращена на доработку: {form.ReviewComment}", url),
            (FormStatus.Submitted, FormStatus.Accepted) => new Cause(NoticeKind.FormAccepted, admins, "Форма мониторинга принята.", url),
            (FormStatus.Accepted, FormStatus.Returned) => new Cause(NoticeKind.FormReopened, admins,
                $"Принятая форма мониторинга открыта заново: {form.ReviewComment}", url),
            _ => new Cause(0, admins, "", url),
        };
    }

    private async Task<Cause> ItemCauseAsync(PortalDbContext db, EntityEntry<RouteItem> entry, RouteItemStatus was, CancellationToken ct)
    {
        var item = entry.Entity;
        var tutor = await Around(db.Routes).Where(r => r.Id == item.RouteId).Select(r => r.TutorUserId).SingleOrDefaultAsync(ct);
        var url = $"/routes/{item.RouteId}#item-{item.Id}";
        // A report withdrawn with its record (RecordedEvidence) is no return by the tutor: the record's link goes with it.
        var withdrawn = entry.Property(i => i.CompletionId).IsModified || entry.Property(i => i.ParticipationId).IsModified
            || entry.Property(i => i.MembershipId).IsModified || entry.Property(i => i.ReportedByPair).IsModified;
        return (was, item.Status) switch
        {
            (_, RouteItemStatus.Reported) => new Cause(NoticeKind.ItemReported, db.Users.Where(u => u.Id == tutor && u.IsActive),
                $"Пункт ИОМ «{item.Goal}» отмечен выполненным и ждёт вашего подтверждения.", url),
            (_, RouteItemStatus.Done) => new Cause(NoticeKind.ItemConfirmed, AccountsOf(db, item.EducatorId),
                $"Тьютор подтвердил пункт ИОМ «{item.Goal}».", url),
            (RouteItemStatus.Reported, RouteItemStatus.Planned) when !withdrawn => new Cause(NoticeKind.ItemReturned, AccountsOf(db, item.EducatorId),
                $"Пункт ИОМ «{item.Goal}» возвращён на доработку: {item.TutorComment}", url),
            _ => new Cause(0, db.Users, "", url),
        };
    }

    /// <summary>A practice submitted tells the region's expertise office; sent to experts, each expert; published or returned, the school.</summary>
    private static IEnumerable<Cause> PracticeCauses(PortalDbContext db, Practice practice)
    {
        var url = $"/practices/{practice.Id}";
        var school = WithRole(db, Roles.SchoolAdmin).Where(u => u.OrganizationId == practice.OrganizationId);
        switch (practice.Status)
        {
            case PracticeStatus.Submitted:
                yield return new Cause(NoticeKind.PracticeSubmitted, InRegion(db, Roles.RegionalMethodist, practice.RegionId),
                    $"Подана на экспертизу практика «{practice.Title}»: назначьте экспертов.", url);
                break;
            case PracticeStatus.UnderExpertise:
                foreach (var review in practice.Reviews.Where(r => r.Round == practice.Round))
                {
                    yield return new Cause(NoticeKind.PracticeToReview, AccountsOf(db, review.ExpertEducatorId),
                        $"Вам направлена на экспертизу практика «{practice.Title}».", $"{url}/reviews/{review.Id}");
                }

                break;
            case PracticeStatus.Published:
                yield return new Cause(NoticeKind.PracticePublished, school, $"Практика «{practice.Title}» опубликована в банке эффективных практик.", url);
                break;
            case PracticeStatus.Returned:
                yield return new Cause(NoticeKind.PracticeReturned, school,
                    $"Практика «{practice.Title}» возвращена на доработку: {practice.ReturnReason}", url);
                break;
        }
    }

    private Task AddAsync(PortalDbContext db, Cause cause, CancellationToken ct) => NotifyAsync(db, cause.Kind, cause.To, cause.Text, cause.Url, null, ct);

    /// <summary>
    /// Adds to <paramref name="db"/>'s next save a notice for each of <paramref name="to"/> (but the user making the change), and its e-mail
    /// where the recipient wants it and mail is configured. With a <paramref name="key"/> (a reminder), a user who already has that key's
    /// notice gets nothing.
    /// </summary>
    /// <returns>How many users are notified.</returns>
    public async Task<int> NotifyAsync(
        PortalDbContext db, NoticeKind kind, IQueryable<AppUser> to, string text, string url, string? key, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var byDefault = NoticeChoice.ByEmailByDefault(kind);
        // Not the one who made the change: they know.
        var actor = db.CurrentUser.UserId;
        var recipients = await to.Where(u => u.Id != actor && (key == null || !db.Notifications.Any(n => n.UserId == u.Id && n.Key == key)))
            .Select(u => new
            {
                u.Id, u.Email,
                ByEmail = db.NoticeChoices.Where(c => c.UserId == u.Id && c.Kind == kind).Select(c => (bool?)c.ByEmail).FirstOrDefault() ?? byDefault,
            })
            .ToListAsync(ct);
        text = text.Length > 1000 ? text[..999] + "…" : text;
        // The same key may come twice in one save (a recommendation from each source): the first one's notices are not written yet.
        var pending = key is null ? []
            : db.ChangeTracker.Entries<Notification>().Where(e => e.State == EntityState.Added && e.Entity.Key == key).Select(e => e.Entity.UserId).ToHashSet();
        var distinct = recipients.DistinctBy(r => r.Id).Where(r => !pending.Contains(r.Id)).ToList();
        foreach (var recipient in distinct)
        {
            db.Notifications.Add(new Notification { UserId = recipient.Id, Kind = kind, Text = text, Url = url, CreatedAt = now, Key = key });
            if (outbox.Enabled && recipient.ByEmail && !string.IsNullOrWhiteSpace(recipient.Email))
            {
                db.OutboxMails.Add(outbox.Letter(recipient.Id, recipient.Email!, kind.Name().ToLowerInvariant(), text, url));
            }
        }

        return distinct.Count;
    }

    private static IEnumerable<(T Entity, EntityEntry<T> Entry, TStatus Was)> Changed<T, TStatus>(
        PortalDbContext db, System.Linq.Expressions.Expression<Func<T, TStatus>> status)
        where T : class
        where TStatus : struct, Enum =>
        db.ChangeTracker.Entries<T>().Where(e => e.State == EntityState.Modified && e.Property(status).IsModified
                && !EqualityComparer<TStatus>.Default.Equals(e.Property(status).OriginalValue, e.Property(status).CurrentValue))
            .Select(e => (e.Entity, e, e.Property(status).OriginalValue)).ToList();

    private static IQueryable<T> Around<T>(DbSet<T> set)
        where T : class => set.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking();

    /// <summary>The active users of a role.</summary>
    public static IQueryable<AppUser> WithRole(PortalDbContext db, string role) =>
        db.Users.Where(u => u.IsActive && db.UserRoles.Any(r => r.UserId == u.Id && db.Roles.Any(x => x.Id == r.RoleId && x.Name == role)));

    /// <summary>The active users of a role whose organization is in the municipality (its coordinators, its methodists).</summary>
    public static IQueryable<AppUser> InMunicipality(PortalDbContext db, string role, int? municipalityId) =>
        WithRole(db, role).Where(u => Around(db.Organizations).Any(o => o.Id == u.OrganizationId && o.MunicipalityId == municipalityId));

    /// <summary>The active users of a role whose organization is in the region (its ЦНППМ methodists, its ministry).</summary>
    public static IQueryable<AppUser> InRegion(PortalDbContext db, string role, int regionId) =>
        WithRole(db, role).Where(u => Around(db.Organizations).Any(o => o.Id == u.OrganizationId && o.RegionId == regionId));

    /// <summary>The teacher's accounts of an educator (a person without an account gets nothing).</summary>
    public static IQueryable<AppUser> AccountsOf(PortalDbContext db, int educatorId) => db.Users.Where(u => u.IsActive && u.EducatorId == educatorId);
}
