using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Areas.Progress.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Imports;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.Controllers;

/// <summary>Many members of a community at once: ticked in an organization's staff list, or from an Excel file (<see cref="AddCommunityMembers"/>).</summary>
[Area("Communities")]
[Route("communities/{id:int}/members/bulk")]
[Authorize(Policies.ManageCommunities)]
public sealed class BulkMembersController(PortalDbContext db, RecordAccess access, AddCommunityMembers add, TimeProvider clock)
    : BulkEntryController<MembersForm>
{
    [HttpGet("")]
    public Task<IActionResult> Index(int id, int? organizationId, string? q, CancellationToken ct) =>
        ShowAsync(id, new MembersForm { OrganizationId = organizationId, From = clock.Today() }, q, null, null, ct);

    [HttpGet("/communities/members/bulk/template")] // one template for every record, so not under its id
    public IActionResult Template() => this.Xlsx("shablon-uchastniki-soobshchestva.xlsx", "Участники", AddCommunityMembers.Columns, []);

    protected override Task<ImportResult?> AddTickedAsync(int id, MembersForm form, CancellationToken ct) => add.HandleAsync(id, form, ct);

    protected override Task<ImportResult?> AddFromFileAsync(int id, int organizationId, Stream file, IProgress<WorkStep> progress, CancellationToken ct) =>
        add.RunAsync(id, organizationId, file, progress, ct);

    protected override MembersForm FileForm(int organizationId) => new() { OrganizationId = organizationId, From = clock.Today() };

    protected override string Added(int count) => $"В сообщество добавлено: {Display.Count(count, "участник", "участника", "участников")}.";

    protected override string RecordAddress(int id) => $"/communities/{id}";

    protected override Task<IActionResult> PageAsync(int id, MembersForm form, ImportResult? ticked, ImportResult? file, CancellationToken ct) =>
        ShowAsync(id, form, null, ticked, file, ct);

    private async Task<IActionResult> ShowAsync(int id, MembersForm form, string? query, ImportResult? ticked, ImportResult? file, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        var territory = await ManagedCommunity.TerritoryAsync(db, community, ct);
        if (form.OrganizationId is { } named && territory.All(o => o.Id != named))
        {
            return NotFound();
        }

        var day = form.From ?? clock.Today();
        var staff = form.OrganizationId is { } orgId ? await Workplaces.StaffChoicesAsync(db, orgId, day, day, ct) : [];
        var members = await db.CommunityMemberships.AsNoTracking().Where(m => m.CommunityId == id && (m.To == null || m.To >= day))
            .Select(m => m.EducatorId).ToListAsync(ct);
        var checklist = StaffChecklist.Of(nameof(form.EducatorIds), StaffChecklist.Narrowed(staff, query), members, form.EducatorIds, ticked,
            nameof(MemberForm.EducatorId), ModelState);
        var upload = new BulkImportForm($"/communities/{id}/members/bulk/import", "/communities/members/bulk/template",
            new Dictionary<string, string> { ["organizationId"] = $"{form.OrganizationId}" }, file);
        return View("Index", new BulkMembersModel(community, form, query, [.. territory.Select(o => new Choice(o.Id, o.DisplayName))], checklist, upload));
    }
}

public sealed record BulkMembersModel(
    Community Community, MembersForm Form, string? Query, IReadOnlyList<Choice> Organizations, StaffChecklist Checklist, BulkImportForm Upload);
