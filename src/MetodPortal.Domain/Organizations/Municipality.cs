using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Organizations;

/// <summary>A municipal formation of the second level (urban okrug, district or municipal okrug).</summary>
public sealed class Municipality : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>A short stable key of this project (not an official code); names and kinds may change.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Kind { get; set; } = "";
    public string? AdministrativeCentre { get; set; }

    public Region? Region { get; set; }
}
