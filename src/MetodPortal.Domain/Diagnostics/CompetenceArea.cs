using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Diagnostics;

/// <summary>A competence area of the region's catalogue (предметные, методические, …): what a diagnostic measures and a deficit names.</summary>
public sealed class CompetenceArea : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public string Name { get; set; } = "";
    public string? Description { get; set; }
    public int SortOrder { get; set; }

    /// <summary>An inactive area stays on old diagnostics but is not offered for new instruments.</summary>
    public bool IsActive { get; set; } = true;
}
