using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Areas.Admin.UseCases;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Admin.Controllers;

/// <summary>The system administrator's user management: create, attach to an organization and a role, disable.</summary>
[Area("Admin")]
[Route("admin/users")]
[Authorize(Policies.ManageUsers)]
public sealed class UsersController(PortalDbContext db, UserManager<AppUser> users, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, string? role, int page = 1, CancellationToken ct = default)
    {
        var query = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = Like.Contains(q);
            query = query.Where(u => EF.Functions.ILike(RussianText.Folded(u.FullName), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(u.Email!), pattern, Like.Escape));
        }

        if (!string.IsNullOrEmpty(role))
        {
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        var result = await query.OrderBy(u => u.FullName)
            .Select(u => new UserRow(
                u.Id, u.Email!, u.FullName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                db.Organizations.Where(o => o.Id == u.OrganizationId).Select(o => o.ShortName ?? o.Name).FirstOrDefault(),
                u.IsActive, u.LockoutEnd > clock.GetUtcNow()))
            .ToPageAsync(page, ct);
        return View(new UserListModel(q, role, result));
    }

    [HttpGet("create")]
    public async Task<IActionResult> Create(CancellationToken ct) => await FormView(new UserForm(), null, ct);

    [HttpPost("create")]
    public async Task<IActionResult> Create(UserForm form, [FromServices] CreateUser create, CancellationToken ct) =>
        await this.AnswerAsync(await create.HandleAsync(form, ct), _ => RedirectToAction(nameof(Index)), () => FormView(form, null, ct));

    [HttpGet("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken ct)
    {
        var user = await FindAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        var form = new UserForm
        {
            Email = user.Email!, FullName = user.FullName, OrganizationId = user.OrganizationId,
                Role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? "",
            PersonnelNumber = await db.Employments.Where(e => e.EducatorId == user.EducatorId
                && e.OrganizationId == user.OrganizationId).Select(e => e.PersonnelNumber).FirstOrDefaultAsync(ct),
        };
        return await FormView(form, user, ct);
    }

    [HttpPost("{id:int}/edit")]
    public async Task<IActionResult> Edit(int id, UserForm form, [FromServices] ReviseUser revise, CancellationToken ct) =>
        await this.AnswerAsync(await revise.HandleAsync(id, form, ct), _ => RedirectToAction(nameof(Index)),
            async () => await FormView(form, await FindAsync(id), ct));

    [HttpGet("{id:int}/disable")]
    public async Task<IActionResult> Disable(int id)
    {
        var user = await FindAsync(id);
        return user is null ? NotFound() : View(user);
    }

    [HttpPost("{id:int}/disable")]
    [ActionName(nameof(Disable))]
    public async Task<IActionResult> DisableConfirmed(int id, [FromServices] DisableUser disable, CancellationToken ct) =>
        await this.AnswerAsync(await disable.HandleAsync(id, User.ToCurrentUser().UserId, ct), _ => RedirectToAction(nameof(Index)), refused: refusal =>
        {
            TempData.Warning(refusal);
            return Task.FromResult<IActionResult>(RedirectToAction(nameof(Index)));
        });

    [HttpPost("{id:int}/enable")]
    public async Task<IActionResult> Enable(int id, [FromServices] EnableUser enable, CancellationToken ct) =>
        await this.AnswerAsync(await enable.HandleAsync(id, ct), _ => RedirectToAction(nameof(Index)));

    private Task<AppUser?> FindAsync(int id) => users.FindByIdAsync(id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private async Task<IActionResult> FormView(UserForm form, AppUser? existing, CancellationToken ct)
    {
        var organizations = await db.Organizations.AsNoTracking()
            .OrderBy(o => o.Municipality == null ? "" : o.Municipality.Name).ThenBy(o => o.Name)
            .Select(o => new { o.Id, Name = o.ShortName ?? o.Name, Municipality = o.Municipality == null ? "Региональные организации" : o.Municipality.Name })
            .ToListAsync(ct);
        var groups = organizations.Select(o => o.Municipality).Distinct().ToDictionary(m => m, m => new SelectListGroup { Name = m });
        var options = organizations
            .Select(o => new SelectListItem(o.Name, o.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                o.Id == form.OrganizationId) { Group = groups[o.Municipality] })
            .ToList();
        return View("Form", new UserFormModel(form, existing, options));
    }
}

public sealed record UserRow(int Id, string Email, string FullName, string? Role, string? Organization, bool IsActive, bool IsLockedOut);

public sealed record UserListModel(string? Q, string? Role, Page<UserRow> Page);

public sealed record UserFormModel(UserForm Form, AppUser? Existing, IReadOnlyList<SelectListItem> Organizations);
