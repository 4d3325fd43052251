using MetodPortal.Domain.Organizations;
using Microsoft.AspNetCore.Identity;

namespace MetodPortal.Data.Identity;

/// <summary>
/// A portal user. Not region-filtered: login must find a user before any scope is known. Only the system
/// administrator manages users; everyone else reaches this table through Identity alone.
/// </summary>
public sealed class AppUser : IdentityUser<int>
{
    public string FullName { get; set; } = "";

    /// <summary>The organization whose place in the tree (with the role) gives the user's scope; null for the system administrator.</summary>
    public int? OrganizationId { get; set; }
    public int? RegionId { get; set; }

    /// <summary>For a teacher: the educator this account belongs to; they see only diagnostics and routes about this person.</summary>
    public int? EducatorId { get; set; }

    /// <summary>A disabled user cannot sign in, and an existing session ends on its next request.</summary>
    public bool IsActive { get; set; } = true;
    public DateTimeOffset CreatedAt { get; set; }

    public Organization? Organization { get; set; }
    public Region? Region { get; set; }
}
