using System.Security.Claims;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Data.Scoping;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Infrastructure;

/// <summary>At sign-in, turns the user's role and organization into the scope claims (<see cref="PortalClaims"/>).</summary>
public sealed class PortalClaimsFactory(
    UserManager<AppUser> userManager, RoleManager<AppRole> roleManager, IOptions<IdentityOptions> options, PortalDbContext db)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.FullName, user.FullName));

        // The scope is not known yet at sign-in, so the user's own organization is read around the filter (listed in docs/architecture.md).
        var organization = user.OrganizationId is { } id
            ? await db.Organizations.IgnoreQueryFilters([PortalDbContext.ScopeFilter]).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id)
            : null;
        var role = (await UserManager.GetRolesAsync(user)).FirstOrDefault() ?? "";
        identity.AddClaims(PortalClaims.ForScope(DataScope.For(role, organization, user.EducatorId), organization?.Id));
        return identity;
    }
}
