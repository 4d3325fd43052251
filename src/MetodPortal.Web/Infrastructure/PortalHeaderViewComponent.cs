using MetodPortal.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Infrastructure;

/// <summary>What a region calls its system on every page and on paper: its emblem and education authority (Regions:{code} in configuration).</summary>
public sealed class RegionBranding
{
    public string? Emblem { get; set; }
    public string? Authority { get; set; }
}

/// <summary>
/// The band above the menu that says whose system this is: the region's emblem (a slot, filled from configuration), its name and education
/// authority, and the portal's full name. Printed pages carry it too.
/// </summary>
public sealed class PortalHeaderViewComponent(PortalDbContext db, IConfiguration configuration) : ViewComponent
{
    public const string FullName = "Региональная система научно-методического сопровождения педагогических работников и управленческих кадров";

    public async Task<IViewComponentResult> InvokeAsync()
    {
        var regionId = UserClaimsPrincipal.Scope().RegionId;
        var region = regionId is null ? null
            : await db.Regions.AsNoTracking().Where(r => r.Id == regionId).Select(r => new { r.Code, r.Name }).FirstOrDefaultAsync(HttpContext.RequestAborted);
        var branding = region is null ? new RegionBranding() : configuration.GetSection($"Regions:{region.Code}").Get<RegionBranding>() ?? new RegionBranding();
        return View(new PortalHeaderModel(region?.Name, branding.Authority, branding.Emblem));
    }
}

public sealed record PortalHeaderModel(string? Region, string? Authority, string? Emblem);
