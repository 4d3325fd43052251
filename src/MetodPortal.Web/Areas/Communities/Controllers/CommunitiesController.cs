using FluentValidation;
using MetodPortal.Data;
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
public sealed class CommunitiesController(PortalDbContext db, IValidator<CommunityForm> validator, IValidator<MemberForm> memberValidator, TimeProvider clock) : Controller
{
    private DateOnly Today => clock.Today();

    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] CommunityFilter filter, CancellationToken ct) =>
        View(new CommunityListModel(filter, await ListCommunities.PageAsync(db, filter, Today, ct), await Workplaces.MunicipalityChoicesAsync(db, ct),
            User.Allows(Policies.ManageCommunities)));

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
        var manages = User.Allows(Policies.ManageCommunities) && await db.Organizations.AnyAsync(o => o.Id == community.OrganizationId, ct);
        return View(new CommunityCardModel(community, names.Of(community.OrganizationId), members, manages, Today));
    }

    [HttpGet("create")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Create(CancellationToken ct) =>
        await FormView(new CommunityForm { OrganizationId = User.OrganizationIdOf(), ActiveFrom = new DateOnly(Today.Year, 9, 1) }, null, ct);

    [HttpPost("create")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Create(CommunityForm form, CancellationToken ct)
    {
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        var owner = form.OrganizationId is { } orgId ? await db.Organizations.FirstOrDefaultAsync(o => o.Id == orgId, ct) : null;
        CheckOwner(form, owner);
        if (!ModelState.IsValid)
        {
            return await FormView(form, null, ct);
        }

        var community = new Community { RegionId = owner!.RegionId, OrganizationId = owner.Id, MunicipalityId = owner.MunicipalityId };
        form.ApplyTo(community);
        db.Communities.Add(community);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Сообщество «{community.Title}» создано. Добавьте участников.");
        return RedirectToAction(nameof(Details), new { id = community.Id });
    }

    [HttpGet("{id:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        return community is null ? NotFound() : await FormView(CommunityForm.From(community), community, ct);
    }

    [HttpPost("{id:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Edit(int id, CommunityForm form, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        // The owner stays; its level and territory may not change under the members already taken from it.
        form.OrganizationId = community.OrganizationId;
        (await validator.ValidateAsync(form, ct)).CopyTo(ModelState);
        CheckOwner(form, community.Organization);
        if (ModelState.IsValid && form.Level != community.Level && await db.CommunityMemberships.AnyAsync(m => m.CommunityId == id, ct))
        {
            ModelState.AddModelError(nameof(form.Level), "В сообществе есть участники: его уровень не меняется.");
        }

        if (!ModelState.IsValid)
        {
            return await FormView(form, community, ct);
        }

        form.ApplyTo(community);
        await db.SaveChangesAsync(ct);
        TempData.Success("Изменения сохранены.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> Delete(int id, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        var members = await db.CommunityMemberships.CountAsync(m => m.CommunityId == id, ct);
        return View("Confirm", new ConfirmModel("Удаление сообщества",
            $"Сообщество «{community.Title}» будет удалено вместе с составом (записей об участии: {members}). Если сообщество прекратило работу, лучше указать дату окончания.",
            $"/communities/{id}/delete", $"/communities/{id}", [("Сообщества", "/communities"), (community.Title, $"/communities/{id}")]));
    }

    [HttpPost("{id:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> DeleteConfirmed(int id, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        // Loaded so that each member's removal is audited too; the owner's subtree holds the community's whole territory.
        await db.CommunityMemberships.Where(m => m.CommunityId == id).LoadAsync(ct);
        db.Communities.Remove(community);
        await db.SaveChangesAsync(ct);
        TempData.Success($"Сообщество «{community.Title}» удалено.");
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{id:int}/members/add")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> AddMember(int id, int? organizationId, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        return community is null ? NotFound() : await MemberView(community, new MemberForm { OrganizationId = organizationId, From = Today }, null, ct);
    }

    [HttpPost("{id:int}/members/add")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> AddMember(int id, MemberForm form, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        if (community is null)
        {
            return NotFound();
        }

        var territory = await SaveCommunity.TerritoryAsync(db, community, ct);
        (await memberValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        await SaveCommunity.CheckMemberAsync(db, community, form, territory, null, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await MemberView(community, form, null, ct);
        }

        db.CommunityMemberships.Add(new CommunityMembership
        {
            RegionId = community.RegionId, CommunityId = id, OrganizationId = form.OrganizationId!.Value, EducatorId = form.EducatorId!.Value, Role = form.Role,
            From = form.From!.Value, To = form.To,
        });
        await db.SaveChangesAsync(ct);
        TempData.Success("Участник добавлен.");
        return Redirect($"/communities/{id}/members/add?organizationId={form.OrganizationId}");
    }

    [HttpGet("{id:int}/members/{memberId:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> EditMember(int id, int memberId, CancellationToken ct)
    {
        var (community, member) = await LoadMemberAsync(id, memberId, ct);
        return member is null
            ? NotFound()
            : await MemberView(community!, new MemberForm { OrganizationId = member.OrganizationId, EducatorId = member.EducatorId, Role = member.Role, From = member.From, To = member.To },
                member, ct);
    }

    [HttpPost("{id:int}/members/{memberId:int}/edit")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> EditMember(int id, int memberId, MemberForm form, CancellationToken ct)
    {
        var (community, member) = await LoadMemberAsync(id, memberId, ct);
        if (member is null)
        {
            return NotFound();
        }

        // The person and their workplace stay; role and dates change.
        (form.OrganizationId, form.EducatorId) = (member.OrganizationId, member.EducatorId);
        (await memberValidator.ValidateAsync(form, ct)).CopyTo(ModelState);
        await SaveCommunity.CheckMemberAsync(db, community!, form, await SaveCommunity.TerritoryAsync(db, community!, ct), member.Id, ModelState, ct);
        if (!ModelState.IsValid)
        {
            return await MemberView(community!, form, member, ct);
        }

        (member.Role, member.From, member.To) = (form.Role, form.From!.Value, form.To);
        await db.SaveChangesAsync(ct);
        TempData.Success("Участие изменено.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost("{id:int}/members/{memberId:int}/delete")]
    [Authorize(Policies.ManageCommunities)]
    public async Task<IActionResult> DeleteMember(int id, int memberId, CancellationToken ct)
    {
        var (_, member) = await LoadMemberAsync(id, memberId, ct);
        if (member is null)
        {
            return NotFound();
        }

        db.CommunityMemberships.Remove(member);
        await db.SaveChangesAsync(ct);
        TempData.Success("Участник исключён из состава.");
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<(Community?, CommunityMembership?)> LoadMemberAsync(int id, int memberId, CancellationToken ct)
    {
        var community = await SaveCommunity.ManagedAsync(db, id, ct);
        var member = community is null ? null
            : await db.CommunityMemberships.Include(m => m.Educator).FirstOrDefaultAsync(m => m.Id == memberId && m.CommunityId == id, ct);
        return (community, member);
    }

    private void CheckOwner(CommunityForm form, Organization? owner)
    {
        if (owner is null)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), "Выберите организацию, которая ведёт сообщество.");
        }
        else if (form.Level is { } level && CommunityRules.OwnerError(level, owner) is { } error)
        {
            ModelState.AddModelError(nameof(form.OrganizationId), error);
        }
    }

    private async Task<IActionResult> FormView(CommunityForm form, Community? existing, CancellationToken ct)
    {
        var owners = await db.Organizations.AsNoTracking().OrderBy(o => o.Level).ThenBy(o => o.Name).Select(o => new Choice(o.Id, o.ShortName ?? o.Name)).ToListAsync(ct);
        return View("Form", new CommunityFormModel(form, existing, owners));
    }

    private async Task<IActionResult> MemberView(Community community, MemberForm form, CommunityMembership? existing, CancellationToken ct)
    {
        var territory = await SaveCommunity.TerritoryAsync(db, community, ct);
        var staff = form.OrganizationId is { } orgId && territory.Any(o => o.Id == orgId) ? await Workplaces.StaffChoicesAsync(db, orgId, Today, Today, ct) : [];
        var members = await db.CommunityMemberships.AsNoTracking().Where(m => m.CommunityId == community.Id).Select(m => m.EducatorId).ToListAsync(ct);
        return View("MemberForm", new MemberFormModel(community, form, existing, [.. territory.Select(o => new Choice(o.Id, o.DisplayName))],
            staff, members.ToHashSet()));
    }
}

public sealed record CommunityListModel(CommunityFilter Filter, Page<CommunityRow> Page, IReadOnlyList<Choice> Municipalities, bool CanManage);

public sealed record MemberRow(int Id, int EducatorId, string Name, string Organization, MemberRole Role, DateOnly From, DateOnly? To);

public sealed record CommunityCardModel(Community Community, string Owner, IReadOnlyList<MemberRow> Members, bool CanManage, DateOnly Today);

public sealed record CommunityFormModel(CommunityForm Form, Community? Existing, IReadOnlyList<Choice> Owners);

public sealed record MemberFormModel(Community Community, MemberForm Form, CommunityMembership? Existing, IReadOnlyList<Choice> Organizations, IReadOnlyList<Choice> Staff,
    IReadOnlySet<int> Members);
