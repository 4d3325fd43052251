using System.Security.Claims;
using MetodPortal.Data;
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

    public static async Task<Attention> ForAsync(PortalDbContext db, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
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

        return new Attention(open, form, overdue, waiting, progress);
    }
}
