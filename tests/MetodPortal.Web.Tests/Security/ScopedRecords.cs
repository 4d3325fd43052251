using System.Globalization;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Plan;
using MetodPortal.Domain.Practices;
using MetodPortal.Domain.Programs;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Security;

/// <summary>
/// One record of each kind a by-id route names, in one municipality of the demo data, keyed the way the route inventory
/// names them: "Controller.Action:parameter", "Controller:parameter" or just "parameter" (the first that is known wins).
/// </summary>
public static class ScopedRecords
{
    /// <summary>A record's id; <paramref name="RegionWide"/> for the region's shared records (campaigns, catalogues, the events navigator).</summary>
    public sealed record Record(int Id, bool RegionWide);

    public static Record? Find(Dictionary<string, Record> records, ControllerActionDescriptor action, string name)
    {
        var controller = action.ControllerTypeInfo.Name.Replace("Controller", "", StringComparison.Ordinal);
        return records.GetValueOrDefault($"{controller}.{action.ActionName}:{name}")
            ?? records.GetValueOrDefault($"{controller}:{name}")
            ?? records.GetValueOrDefault(name);
    }

    /// <summary>
    /// The address of <paramref name="action"/> on these records: the route's ids, and as query the int parameters
    /// (educatorId, organizationId…) that have a record, as a page links to it.
    /// </summary>
    public static (string Path, string Query) AddressOf(Dictionary<string, Record> records, ControllerActionDescriptor action)
    {
        var template = RouteInventory.Template(action);
        var path = RouteInventory.Url(template,
            name => (Find(records, action, name)
                ?? throw new InvalidOperationException($"no record for {{{name}}} of {action.DisplayName}")).Id.ToString(CultureInfo.InvariantCulture));
        var query = string.Join("&", action.Parameters
            .Where(p => (Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType) == typeof(int)
                && !RouteInventory.RouteParameters(template).Contains(p.Name))
            .Select(p => (p.Name, Record: Find(records, action, p.Name))).Where(p => p.Record is not null)
            .Select(p => $"{p.Name}={p.Record!.Id}"));
        return (path, query);
    }

    /// <summary>The municipality's records (an evidence file and a recommendation are added for the purpose), its school's and one of its users'.</summary>
    public static async Task<Dictionary<string, Record>> OfAsync(PortalFactory portal, string municipalityCode, string schoolName, string userEmail)
    {
        await using var db = portal.Db();
        var municipality = await db.Municipalities.SingleAsync(m => m.Code == municipalityCode);
        var school = await db.Organizations.SingleAsync(o => o.ShortName == schoolName);
        var route = await db.Routes.Include(r => r.Items)
            .Where(r => r.Organization!.MunicipalityId == municipality.Id && r.Status == RouteStatus.InProgress
                && r.Items.Any(i => i.Status == RouteItemStatus.Planned))
            .OrderBy(r => r.Id).FirstAsync();
        var item = route.Items.First(i => i.Status == RouteItemStatus.Planned);
        var draft = await db.Routes.Include(r => r.Items)
            .Where(r => r.Organization!.MunicipalityId == municipality.Id && r.Status == RouteStatus.Draft
                && r.Items.Any()).OrderBy(r => r.Id).FirstOrDefaultAsync() ?? route;
        var evidence = item.Attach(new RouteEvidence { FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray(),
            Size = 8, UploadedAt = DateTimeOffset.UtcNow });
        db.RouteEvidence.Add(evidence);
        var campaign = await db.MonitoringCampaigns.Where(c => c.Status == CampaignStatus.Open).SingleAsync();
        var form = await db.MonitoringForms.Where(f => f.CampaignId == campaign.Id && f.OrganizationId == school.Id).SingleAsync();
        // One per school, indicator and campaign: a second call in the same database finds the first one's.
        var recommendation = await db.Recommendations.FirstOrDefaultAsync(r => r.CampaignId == campaign.Id && r.OrganizationId == school.Id
            && r.Indicator == 1);
        if (recommendation is null)
        {
            recommendation = new Recommendation
            {
                RegionId = school.RegionId, CampaignId = campaign.Id, Indicator = 1, OrganizationId = school.Id, Value = 10, Threshold = 50,
                Text = "Рекомендация школе " + schoolName, CreatedAt = DateTimeOffset.UtcNow,
            };
            db.Recommendations.Add(recommendation);
        }

        await db.SaveChangesAsync();

        var diagnostics = await db.Diagnostics.Where(d => d.Organization!.MunicipalityId == municipality.Id)
            .GroupBy(d => d.EducatorId).Where(g => g.Count() > 1).Select(g => g.OrderBy(d => d.Id).Select(d => d.Id).ToList()).FirstAsync();
        var employment = await db.Employments.Where(e => e.OrganizationId == school.Id && e.EndDate == null).OrderBy(e => e.Id).FirstAsync();
        var colleague = await db.Employments.Where(e => e.OrganizationId == school.Id
            && e.EducatorId != employment.EducatorId).Select(e => e.EducatorId).FirstAsync();
        var pair = await db.MentoringPairs.Where(p => p.Program!.Organization!.MunicipalityId == municipality.Id)
            .OrderBy(p => p.Status != PairStatus.Active).ThenBy(p => p.Id).FirstAsync();
        var community = await db.Communities.Where(c => c.MunicipalityId == municipality.Id && c.Memberships.Any()).OrderBy(c => c.Id).FirstAsync();
        var member = await db.CommunityMemberships.Where(m => m.CommunityId == community.Id).Select(m => m.Id).FirstAsync();
        var participation = await db.EventParticipations.Where(p => p.Event!.MunicipalityId == municipality.Id
            && p.Organization!.MunicipalityId == municipality.Id).OrderBy(p => p.Id).FirstAsync();
        var user = await db.Users.Where(u => u.Email == userEmail).Select(u => u.Id).SingleAsync();
        var notice = new Data.Notifications.Notification
        {
            UserId = user, Kind = Data.Notifications.NoticeKind.FormAccepted, Text = "Форма мониторинга принята.", Url = $"/monitoring/forms/{form.Id}",
            CreatedAt = DateTimeOffset.UtcNow,
        };
        db.Notifications.Add(notice);
        // The user's personal access token (the secret is never needed: only its owner may revoke it).
        var apiToken = new Data.Security.ApiToken
        {
            UserId = user, Name = "Система " + schoolName, Hash = Web.Areas.Api.ApiTokenAuthentication.HashOf(Guid.NewGuid().ToString()),
            Prefix = "mpt_scoped", CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(30),
        };
        db.ApiTokens.Add(apiToken);
        await db.SaveChangesAsync();
        var area = await db.CompetenceAreas.Select(a => a.Id).FirstAsync();
        var instrument = await db.DiagnosticInstruments.Select(i => i.Id).FirstAsync();
        var program = await db.ProfessionalPrograms.Select(p => p.Id).FirstAsync();
        var cohort = await db.ProgramCohorts.OrderBy(c => c.Id).FirstAsync();
        var mentor = await db.Mentors.Where(m => m.Organization!.MunicipalityId == municipality.Id).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync();
        // The municipality's practices not yet published (a published one is read region-wide): a draft or one back for rework to edit, and one
        // under expertise with a review to write; a file is added for the purpose.
        var practices = await db.Practices.Include(p => p.Reviews).Where(p => p.MunicipalityId == municipality.Id && p.Status != PracticeStatus.Published)
            .OrderBy(p => p.Id).ToListAsync();
        var editable = practices.FirstOrDefault(p => p.IsEditable) ?? practices[0];
        var reviewed = practices.First(p => p.Status == PracticeStatus.UnderExpertise);
        var material = new PracticeFile { RegionId = editable.RegionId, PracticeId = editable.Id, FileName = "описание.pdf", ContentType = "application/pdf",
            Content = "%PDF-1.4"u8.ToArray(), Size = 8, UploadedAt = DateTimeOffset.UtcNow };
        db.PracticeFiles.Add(material);
        await db.SaveChangesAsync();
        var expert = await db.Experts.Where(e => e.Organization!.MunicipalityId == municipality.Id).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        var criterion = await db.PracticeCriteria.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var site = await db.OrganizationStatuses.Where(s => s.Organization!.MunicipalityId == municipality.Id)
            .OrderBy(s => s.Level != OrganizationStatusLevel.Municipal).Select(s => s.Id).FirstAsync();
        var siteRecord = await db.OrganizationStatuses.SingleAsync(s => s.Id == site);
        var siteFile = new SiteResult { RegionId = siteRecord.RegionId, OrganizationId = siteRecord.OrganizationId, SiteId = site, Title = "Программа",
            Kind = SiteResultKind.Program, Year = 2026, FileName = "программа.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray() };
        db.SiteResults.Add(siteFile);

        // A report of the year to review, unless the demo has one (one a site and year).
        var siteReport = await db.SiteReports.FirstOrDefaultAsync(r => r.SiteId == site && r.Year == 2026);
        if (siteReport is null)
        {
            siteReport = new SiteReport { RegionId = siteRecord.RegionId, OrganizationId = siteRecord.OrganizationId, SiteId = site, Year = 2026,
                Done = "Стажировки", Results = "Пособие", SubmittedOn = new DateOnly(2026, 12, 1) };
            db.SiteReports.Add(siteReport);
        }

        await db.SaveChangesAsync();
        var (plan, measure, occurrence) = await MunicipalPlanAsync(db, municipality);
        var analysis = await DraftAnalysisAsync(db, municipality.RegionId);
        Record Own(int id) => new(id, false);
        Record Shared(int id) => new(id, true);

        var records = new Dictionary<string, Record>(StringComparer.OrdinalIgnoreCase)
        {
            ["Routes:id"] = Own(route.Id), ["Routes:itemId"] = Own(item.Id), ["Routes:fileId"] = Own(evidence.Id),
            ["Routes.Edit:id"] = Own(draft.Id), ["Routes.AddItem:id"] = Own(draft.Id), ["Routes.EditItem:id"] = Own(draft.Id),
                ["Routes.EditItem:itemId"] = Own(draft.Items[0].Id),
            ["Diagnostics:id"] = Own(diagnostics[0]), ["first"] = Own(diagnostics[0]), ["second"] = Own(diagnostics[1]), ["diagnosticId"] = Own(diagnostics[0]),
            ["Staff:id"] = Own(employment.EducatorId), ["employmentId"] = Own(employment.Id),
            ["Mentoring:id"] = Own(pair.ProgramId), ["pairId"] = Own(pair.Id), ["Mentors:id"] = Own(mentor), ["MentorBase:id"] = Own(mentor),
            ["Communities:id"] = Own(community.Id), ["BulkMembers:id"] = Own(community.Id), ["memberId"] = Own(member),
            ["BulkPairs:id"] = Own(pair.ProgramId), ["BulkParticipants:id"] = Own(participation.EventId),
            ["Events:id"] = Own(participation.EventId), ["participationId"] = Own(participation.Id),
            ["Events.Details:id"] = Shared(participation.EventId), // the navigator of events is region-wide
            ["Sites:id"] = Own(site), ["SiteRecords:id"] = Own(site),
                ["participantId"] = Own(await db.SiteParticipants.Where(p => p.SiteId == site).Select(p => p.Id).FirstAsync()),
                ["resultId"] = Own(siteFile.Id), ["reportId"] = Own(siteReport.Id),
            ["Organizations:id"] = Own(school.Id), ["Municipalities:id"] = Own(municipality.Id),
            ["Forms:id"] = Own(form.Id), ["Recommendations.Edit:id"] = Own(recommendation.Id),
            ["completionId"] = Own(await db.ProgramCompletions.Where(c => c.Organization!.MunicipalityId == municipality.Id).Select(c => c.Id).FirstAsync()),
            ["Users:id"] = Own(user), ["TutorUserId"] = Own(user), ["Notifications:id"] = Own(notice.Id), // a notice is its recipient's own
                ["Tokens:id"] = Own(apiToken.Id), // and a token its user's
            ["organizationId"] = Own(school.Id), ["municipalityId"] = Own(municipality.Id),
            ["educatorId"] = Own(employment.EducatorId), ["MentorId"] = Own(employment.EducatorId), ["MenteeId"] = Own(colleague),
                ["CuratorId"] = Own(employment.EducatorId),

            // The region's shared records: every user of the region may read them, as far as their role allows.
            ["Campaigns:id"] = Shared(campaign.Id), ["Dashboard:id"] = Shared(campaign.Id), ["Recommendations:id"] = Shared(campaign.Id),
                ["campaignId"] = Shared(campaign.Id),
            ["Catalogue.EditArea:id"] = Shared(area), ["CompetenceAreaId"] = Shared(area), ["areaId"] = Shared(area),
            ["Catalogue.EditInstrument:id"] = Shared(instrument), ["instrumentId"] = Shared(instrument),
            ["Programs:id"] = Shared(program), ["ProgramId"] = Shared(program),
            ["Cohorts:programId"] = Shared(cohort.ProgramId), ["cohortId"] = Shared(cohort.Id),
            ["Practices:id"] = Own(editable.Id), ["fileId"] = Own(material.Id), ["PracticeExpertise:id"] = Own(reviewed.Id),
                ["reviewId"] = Own(reviewed.Reviews.First(r => !r.IsWritten).Id), ["Experts:id"] = Own(expert),
            ["criterionId"] = Shared(criterion),
            ["Plan:id"] = Own(plan), ["planId"] = Own(plan), ["PlanMeasures:id"] = Own(measure), ["PlanMeasures.Report:id"] = Own(occurrence),
                ["PlanMeasures.Cancel:id"] = Own(occurrence), ["PlanMeasures.Download:id"] = Own(occurrence),
            ["Analysis:id"] = Shared(analysis), ["Recommendations.Answer:id"] = Own(recommendation.Id),
            // The read API's records by id: the same as the pages' (campaigns, programmes and events are the region's).
            ["DirectoryApi:id"] = Own(school.Id), ["MonitoringApi:id"] = Shared(campaign.Id), ["OffersApi.Program:id"] = Shared(program),
                ["OffersApi.Event:id"] = Shared(participation.EventId), ["PeopleApi.Educator:id"] = Own(employment.EducatorId),
                ["PeopleApi.Route:id"] = Own(route.Id),
            ["Requests:id"] = Own(await db.ProgramRequests.Where(r => r.Organization!.MunicipalityId == municipality.Id && r.Status == RequestStatus.Open)
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync()),
        };

        return records;
    }

    /// <summary>An analysis task still written (a closed campaign's draft report), made for the purpose once: its text form is a form to sweep.</summary>
    private static async Task<int> DraftAnalysisAsync(Data.PortalDbContext db, int regionId)
    {
        if (await db.AnalyticReports.Where(r => r.Status == AnalyticStatus.Draft).Select(r => (int?)r.Id).FirstOrDefaultAsync() is { } id)
        {
            return id;
        }

        var campaign = new MonitoringCampaign { RegionId = regionId, Year = 2090, ReportingDate = new DateOnly(2090, 12, 31), Status = CampaignStatus.Closed,
            Deadline = DateTimeOffset.UtcNow, OpenedAt = DateTimeOffset.UtcNow, ClosedAt = DateTimeOffset.UtcNow };
        db.MonitoringCampaigns.Add(campaign);
        await db.SaveChangesAsync();
        var report = new AnalyticReport { RegionId = regionId, CampaignId = campaign.Id, Due = new DateOnly(2091, 3, 1) };
        db.AnalyticReports.Add(report);
        await db.SaveChangesAsync();
        return report.Id;
    }

    /// <summary>The municipality's own plan of measures with a measure and an occurrence reported with a file (made for the purpose, once).</summary>
    private static async Task<(int Plan, int Measure, int Occurrence)> MunicipalPlanAsync(Data.PortalDbContext db, Municipality municipality)
    {
        var existing = await db.MeasureOccurrences.Where(o => o.MunicipalityId == municipality.Id && o.Content != null)
            .Select(o => new { o.Measure!.PlanId, o.MeasureId, o.Id }).FirstOrDefaultAsync();
        if (existing is not null)
        {
            return (existing.PlanId, existing.MeasureId, existing.Id);
        }

        var plan = new MeasurePlan { RegionId = municipality.RegionId, MunicipalityId = municipality.Id, Title = "План МСНМС " + municipality.Name,
            ApprovedBy = "приказ № 1", From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 12, 31) };
        var measure = new PlanMeasure { RegionId = municipality.RegionId, MunicipalityId = municipality.Id, Direction = 1, DirectionTitle = "Мониторинг",
            Number = "1", Title = "Анализ мониторинга", Responsible = "управление образования", Deadline = DeadlineKind.Yearly, DeadlineText = "ежегодно",
            ExpectedResult = "справка" };
        var occurrence = new MeasureOccurrence { RegionId = municipality.RegionId, MunicipalityId = municipality.Id, Key = "2026", Period = "2026 год",
            Due = new DateOnly(2026, 12, 31), FileName = "справка.pdf", ContentType = "application/pdf", Content = "%PDF-1.4"u8.ToArray() };
        measure.Occurrences.Add(occurrence);
        plan.Measures.Add(measure);
        db.MeasurePlans.Add(plan);
        await db.SaveChangesAsync();
        return (plan.Id, measure.Id, occurrence.Id);
    }

    /// <summary>Амурская область: a second tenant with a ministry and a regional methodist of its own (ministry@other.local, cnppm@other.local).</summary>
    public static async Task<int> AddOtherRegionAsync(PortalFactory portal)
    {
        await using var db = portal.Db();
        var region = new Region { Code = "28", Name = "Амурская область" };
        db.Regions.Add(region);
        await db.SaveChangesAsync();
        var ministry = db.AddOrganization(new Organization
        {
            RegionId = region.Id, Name = "Министерство образования и науки Амурской области", ShortName = "Минобрнауки Амурской области",
            Type = OrganizationType.Ministry, Level = OrganizationLevel.Regional,
        });
        await db.SaveChangesAsync();
        var roles = await db.Roles.ToDictionaryAsync(r => r.Name!);
        var hasher = new PasswordHasher<AppUser>();
        foreach (var (email, role) in new[] { ("ministry@other.local", Roles.Ministry), ("cnppm@other.local", Roles.RegionalMethodist) })
        {
            var user = new AppUser
            {
                UserName = email, NormalizedUserName = email.ToUpperInvariant(), Email = email, NormalizedEmail = email.ToUpperInvariant(),
                    EmailConfirmed = true,
                FullName = "Пользователь другого региона", OrganizationId = ministry.Id, RegionId = region.Id, LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), CreatedAt = DateTimeOffset.UtcNow,
            };
            user.PasswordHash = hasher.HashPassword(user, "Demo-2026");
            db.Users.Add(user);
            await db.SaveChangesAsync();
            db.UserRoles.Add(new IdentityUserRole<int> { UserId = user.Id, RoleId = roles[role].Id });
        }

        await db.SaveChangesAsync();
        return region.Id;
    }
}
