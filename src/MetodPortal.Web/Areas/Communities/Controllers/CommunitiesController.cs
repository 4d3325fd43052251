using MetodPortal.Data;
using MetodPortal.Domain.Audit;
using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Organizations;
using MetodPortal.Web.Areas.Communities.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Choices;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.Controllers;

/// <summary>
/// Professional communities and their members. A community is kept inside its owner's subtree; it is read there and by
/// those whose staff are its members (who see only their own members).
/// </summary>
[Area("Communities")]
[Route("communities")]
[Authorize(Policies.ReadSupport)]
public sealed class CommunitiesController(PortalDbContext db, RecordAccess access, AccessLog accessLog, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CommunityFilter filter, CancellationToken ct) =>
        View(new CommunityListModel(filter, await ListCommunities.PageAsync(db, filter, Today, ct), await Workplaces.MunicipalityChoicesAsync(db, ct),
            User.Allows(Policies.ManageCommunities)));

    [HttpGet("export")]
    public async Task<IActionResult> Export([FromQuery] CommunityFilter filter, [FromKeyedServices(ReadOnlyDb.Key)] PortalDbContext reads, CancellationToken ct)
    {
        await accessLog.ListAsync(AccessKind.ListExport, ct);
        return this.Xlsx($"soobshchestva-{Today:yyyy-MM-dd}.xlsx", await ListCommunities.SheetsAsync(reads, filter, Today, ct));
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken ct)
    {
        var community = await db.Communities.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, ct);
        if (community is null)
        {
            return NotFound();
        }

        var members = await db.CommunityMemberships.AsNoTracking().Where(m => m.CommunityId == id)
            .OrderBy(m => m.Role).ThenBy(m => m.Educator!.LastName).ThenBy(m => m.Educator!.FirstName)
            .Select(m => new MemberRow(m.Id, m.EducatorId, m.Educator!.FullName,
                m.Organization!.ShortName ?? m.Organization.Name, m.Role, m.From, m.To))
            .ToListAsync(ct);
        var names = await PublicNames.OrganizationsAsync(db, [community.OrganizationId], ct);
        var manages = await access.MayManageAsync(community);
        return View(new CommunityCardModel(community, names.Of(community.OrganizationId), members, manages, Today));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await FormView(new CommunityForm { OrganizationId = User.OrganizationIdOf(), ActiveFrom = new DateOnly(Today.Year, 9, 1) }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Create(CommunityForm form, [FromServices] CreateCommunity create, CancellationToken ct) =>
        await this.AnswerAsync(await create.HandleAsync(form, ct), done => RedirectToAction(nameof(Details), new { id = done.Id }),
            () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        return community is null ? NotFound() : await FormView(CommunityForm.From(community), community, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Edit(int id, CommunityForm form, [FromServices] ReviseCommunity revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Details), new { id }),
            async () => await FormView(form, await db.Communities.AsNoTracking().FirstAsync(c => c.Id == id, ct), ct));

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        var members = await db.CommunityMemberships.CountAsync(m => m.CommunityId == id, ct);
        return View("Confirm", new ConfirmModel("Удаление сообщества",
            $"Сообщество «{community.Title}» будет удалено вместе с составом (записей об участии: {members}). Если сообщество прекратило работу, лучше "
                + $"указать дату окончания.",
            $"/communities/{id}/delete", $"/communities/{id}", [("Сообщества", "/communities"), (community.Title, $"/communities/{id}")]));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> DeleteConfirmed(int id, [FromServices] DeleteCommunity delete, CancellationToken ct) =>
        await this.AnswerAsync(await delete.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)));

    [HttpGet("{id:int}/members/add")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> AddMember(int id, int? organizationId, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        return community is null ? NotFound() : await MemberView(community, new MemberForm { OrganizationId = organizationId, From = Today }, null, ct);
    }

    [HttpPost("{id:int}/members/add")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> AddMember(int id, MemberForm form, [FromServices] AddCommunityMember add, CancellationToken ct) =>
        await this.AnswerAsync(await add.HandleAsync(id, form, ct), _ => Redirect($"/communities/{id}/members/add?organizationId={form.OrganizationId}"),
            async () => await MemberView(await db.Communities.AsNoTracking().FirstAsync(c => c.Id == id, ct), form, null, ct));

    [HttpGet("{id:int}/members/{memberId:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> EditMember(int id, int memberId, CancellationToken ct)
    {
        var (community, member) = await LoadMemberAsync(id, memberId, ct);
        return member is null
            ? NotFound()
            : await MemberView(community!,
                new MemberForm { OrganizationId = member.OrganizationId, EducatorId = member.EducatorId, Role = member.Role, From = member.From,
                    To = member.To },
                member, ct);
    }

    [HttpPost("{id:int}/members/{memberId:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> EditMember(int id, int memberId, MemberForm form, [FromServices] ReviseMembership revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, memberId, form, ct), _ => RedirectToAction(nameof(Details), new { id }), async () =>
        {
            var (community, member) = await LoadMemberAsync(id, memberId, ct);
            return await MemberView(community!, form, member, ct);
        });

    [HttpPost("{id:int}/members/{memberId:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> DeleteMember(int id, int memberId, [FromServices] RemoveMembership remove, CancellationToken ct) =>
        await this.AnswerAsync(await remove.HandleAsync(id, memberId, ct), _ => RedirectToAction(nameof(Details), new { id }));

    private async Task<(Community?, CommunityMembership?)> LoadMemberAsync(int id, int memberId, CancellationToken ct)
    {
        var community = await ManagedCommunity.LoadAsync(db, access, id, ct);
        var member = community is null ? null
            : await db.CommunityMemberships.Include(m => m.Educator).FirstOrDefaultAsync(m => m.Id == memberId && m.CommunityId == id, ct);
        return (community, member);
    }

    private async Task<IActionResult> FormView(CommunityForm form, Community? existing, CancellationToken ct)
    {
        return View("Form", new CommunityFormModel(form, existing, await Workplaces.OrganizationChoicesAsync(db, ct)));
    }

    private async Task<IActionResult> MemberView(Community community, MemberForm form, CommunityMembership? existing, CancellationToken ct)
    {
        var territory = await ManagedCommunity.TerritoryAsync(db, community, ct);
        var staff = form.OrganizationId is { } orgId && territory.Any(o => o.Id == orgId)
            ? await Workplaces.StaffChoicesAsync(db, orgId, Today, Today, ct) : [];
        var members = await db.CommunityMemberships.AsNoTracking().Where(m => m.CommunityId == community.Id).Select(m => m.EducatorId).ToListAsync(ct);
        return View("MemberForm", new MemberFormModel(community, form, existing, [.. territory.Select(o => new Choice(o.Id, o.DisplayName))],
            staff, members.ToHashSet()));
    }
}

public sealed record CommunityListModel(CommunityFilter Filter, Page<CommunityRow> Page, IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record MemberRow(int Id, int EducatorId, string Name, string Organization, MemberRole Role, DateOnly From, DateOnly? To);

public sealed record CommunityCardModel(Community Community, string Owner, IReadOnlyList<MemberRow> Members, bool CanManage, DateOnly Today);

public sealed record CommunityFormModel(CommunityForm Form, Community? Existing, IReadOnlyList<Choice> Owners);

public sealed record MemberFormModel(Community Community, MemberForm Form, CommunityMembership? Existing, IReadOnlyList<Choice> Organizations,
    IReadOnlyList<Choice> Staff,
    IReadOnlySet<int> Members);
