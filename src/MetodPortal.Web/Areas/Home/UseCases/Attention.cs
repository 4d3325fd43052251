using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Domain.Identity;
using MetodPortal.Domain.Monitoring;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Areas.Monitoring.UseCases;
using MetodPortal.Web.Areas.Routes.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Home.UseCases;

/// <summary>The open campaign of the user's region and its deadline in the region's time zone.</summary>
public sealed record OpenCampaign(int Id, int Year, DateTimeOffset Deadline, string TimeZone);

/// <summary>The administrator's own form of the open campaign.</summary>
public sealed record OwnForm(int Id, FormStatus Status, bool IsLate, string? ReviewComment);

/// <summary>A route with items past their deadline and not reported: how many, and since when.</summary>
public sealed record OverdueRoute(int Id, string Educator, string Organization, int Items, DateOnly Since);

/// <summary>A form sent and waiting for the coordinator's decision.</summary>
public sealed record WaitingForm(int Id, string Organization, DateTimeOffset? SubmittedAt, bool IsLate);

/// <summary>An item of the teacher's own route to do: due within a month, overdue, or returned by the tutor.</summary>
public sealed record DueItem(int RouteId, int Id, string Goal, DateOnly Deadline, bool Returned);

/// <summary>The teacher's latest diagnostic and how many deficits it found.</summary>
public sealed record LatestDiagnostic(int Id, DateOnly Date, string Instrument, int Deficits);

/// <summary>An item reported and waiting for the tutor's confirmation.</summary>
public sealed record ItemToConfirm(int RouteId, int Id, string Educator, string Goal, DateOnly? ReportedOn);

/// <summary>A draft route waiting for a methodist's approval.</summary>
public sealed record DraftToApprove(int Id, string Educator, string Organization, DateTimeOffset CreatedAt);

/// <summary>An organization whose form is not sent and the deadline has passed.</summary>
public sealed record LateOrganization(int FormId, string Name);

/// <summary>A short list (the first few) and how many there are in all.</summary>
public sealed record Few<T>(IReadOnlyList<T> Items, int Total);

/// <summary>
/// What needs the user's attention now, by what their role does: a school administrator's form and its deadline, a
/// methodist's routes with overdue items, a reviewer's forms waiting for a decision and the campaign's progress. Every
/// query goes through the scope filters, so each user counts only what they may see.
/// </summary>
public sealed record Attention(OpenCampaign? Campaign, OwnForm? Form, Few<OverdueRoute>? Overdue, Few<WaitingForm>? Waiting, ProgressRow? Progress)
{
    private const int Shown = 8;

    /// <summary>How far ahead the teacher's card looks for items due.</summary>
    public const int DueWithinDays = 30;

    public Few<DueItem>? MyItems { get; init; }
    public LatestDiagnostic? MyDiagnostic { get; init; }
    public Few<ItemToConfirm>? ToConfirm { get; init; }
    public Few<DraftToApprove>? Drafts { get; init; }
    public Few<LateOrganization>? Late { get; init; }

    public static async Task<Attention> ForAsync(PortalDbContext db, ClaimsPrincipal user, DateTimeOffset now, DateOnly today, CancellationToken ct)
    {
        var campaign = user.Allows(Policies.ReadMonitoring)
            ? await db.MonitoringCampaigns.AsNoTracking().Where(c => c.Status == CampaignStatus.Open).OrderByDescending(c => c.Year).FirstOrDefaultAsync(ct)
            : null;
        var open = campaign is null ? null
            : new OpenCampaign(campaign.Id, campaign.Year, campaign.Deadline, (await RegionZone.OfAsync(db, campaign.RegionId, ct)).Id);

        OwnForm? form = null;
        if (campaign is not null && user.Allows(Policies.FillMonitoringForms))
        {
            var organizationId = user.OrganizationIdOf();
            form = await db.MonitoringForms.AsNoTracking().Where(f => f.CampaignId == campaign.Id && f.OrganizationId == organizationId)
                .Select(f => new OwnForm(f.Id, f.Status, f.IsLate, f.ReviewComment)).FirstOrDefaultAsync(ct);
        }

        Few<WaitingForm>? waiting = null;
        ProgressRow? progress = null;
        if (campaign is not null && user.Allows(Policies.ReviewMonitoringForms))
        {
            var sent = db.MonitoringForms.AsNoTracking().Where(f => f.CampaignId == campaign.Id && f.Status == FormStatus.Submitted);
            waiting = new Few<WaitingForm>(
                await sent.OrderBy(f => f.SubmittedAt).Take(Shown)
                    .Select(f => new WaitingForm(f.Id, f.Organization!.ShortName ?? f.Organization.Name, f.SubmittedAt, f.IsLate)).ToListAsync(ct),
                await sent.CountAsync(ct));
            progress = (await CampaignProgress.ByMunicipalityAsync(db, campaign.Id, null, ct)).Sum();
        }

        Few<OverdueRoute>? overdue = null;
        if (user.Allows(Policies.ManageDiagnostics))
        {
            var late = db.Routes.AsNoTracking().WithOverdueItems(today);
            overdue = new Few<OverdueRoute>(
                await late.Select(r => new { Route = r, Items = r.Items.Where(i => i.Status == RouteItemStatus.Planned && i.Deadline < today) })
                    .OrderBy(x => x.Items.Min(i => i.Deadline)).Take(Shown)
                    .Select(x => new OverdueRoute(x.Route.Id, x.Route.Educator!.FullName, x.Route.Organization!.ShortName ?? x.Route.Organization.Name,
                        x.Items.Count(), x.Items.Min(i => i.Deadline)))
                    .ToListAsync(ct),
                await late.CountAsync(ct));
        }

        return new Attention(open, form, overdue, waiting, progress)
        {
            MyItems = user.IsInRole(Roles.Teacher) ? await MyItemsAsync(db, today, ct) : null,
            MyDiagnostic = user.IsInRole(Roles.Teacher) ? await MyDiagnosticAsync(db, ct) : null,
            ToConfirm = await ToConfirmAsync(db, user.UserIdOf(), ct),
            Drafts = user.Allows(Policies.ManageDiagnostics) ? await DraftsAsync(db, ct) : null,
            Late = campaign is not null && user.Allows(Policies.ReviewMonitoringForms) && campaign.Deadline < now
                ? await LateAsync(db, campaign, now, ct) : null,
        };
    }

    /// <summary>The teacher's own items to do (the scope shows only their routes), overdue and nearest first.</summary>
    private static async Task<Few<DueItem>> MyItemsAsync(PortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var items = db.Routes.AsNoTracking().Where(r => r.Status == RouteStatus.Approved || r.Status == RouteStatus.InProgress)
            .SelectMany(r => r.Items)
            .Where(i => i.Status == RouteItemStatus.Planned && (i.Deadline <= today.AddDays(DueWithinDays) || i.TutorComment != null));
        return new Few<DueItem>(
            await items.OrderBy(i => i.Deadline).ThenBy(i => i.Id).Take(Shown)
                .Select(i => new DueItem(i.RouteId, i.Id, i.Goal, i.Deadline, i.TutorComment != null)).ToListAsync(ct),
            await items.CountAsync(ct));
    }

    private static Task<LatestDiagnostic?> MyDiagnosticAsync(PortalDbContext db, CancellationToken ct) =>
        db.Diagnostics.AsNoTracking().OrderByDescending(d => d.Date).ThenByDescending(d => d.Id)
            .Select(d => new LatestDiagnostic(d.Id, d.Date, d.Instrument!.Title, d.Deficits.Count)).FirstOrDefaultAsync(ct);

    /// <summary>Items reported on the routes the user tutors, oldest report first (<c>/routes?toConfirm=true</c> lists their routes).</summary>
    private static async Task<Few<ItemToConfirm>?> ToConfirmAsync(PortalDbContext db, int? userId, CancellationToken ct)
    {
        // A tutor's routes are few: their reported items are ordered here.
        var routes = await db.Routes.AsNoTracking().AwaitingConfirmationBy(userId)
            .Select(r => new { r.Id, r.Educator, Items = r.Items.Where(i => i.Status == RouteItemStatus.Reported).ToList() })
            .ToListAsync(ct);
        if (routes.Count == 0)
        {
            return null;
        }

        var items = routes.SelectMany(r => r.Items.Select(i => new ItemToConfirm(r.Id, i.Id, r.Educator!.FullName, i.Goal, i.ReportedOn)))
            .OrderBy(i => i.ReportedOn).ThenBy(i => i.Id).ToList();
        return new Few<ItemToConfirm>([.. items.Take(Shown)], items.Count);
    }

    /// <summary>Draft routes in the user's scope, oldest first (<c>/routes?status=Draft</c>).</summary>
    private static async Task<Few<DraftToApprove>> DraftsAsync(PortalDbContext db, CancellationToken ct)
    {
        var drafts = db.Routes.AsNoTracking().Where(r => r.Status == RouteStatus.Draft);
        return new Few<DraftToApprove>(
            await drafts.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id).Take(Shown)
                .Select(r => new DraftToApprove(r.Id, r.Educator!.FullName, r.Organization!.ShortName ?? r.Organization.Name, r.CreatedAt)).ToListAsync(ct),
            await drafts.CountAsync(ct));
    }

    /// <summary>Organizations in scope whose form of the campaign is not sent after its deadline, by name (<c>?overdue=true</c>).</summary>
    private static async Task<Few<LateOrganization>> LateAsync(PortalDbContext db, MonitoringCampaign campaign, DateTimeOffset now, CancellationToken ct)
    {
        var late = db.MonitoringForms.AsNoTracking().Overdue(campaign, now);
        return new Few<LateOrganization>(
            await late.OrderBy(f => f.Organization!.Name).Take(Shown)
                .Select(f => new LateOrganization(f.Id, f.Organization!.ShortName ?? f.Organization.Name)).ToListAsync(ct),
            await late.CountAsync(ct));
    }
}
