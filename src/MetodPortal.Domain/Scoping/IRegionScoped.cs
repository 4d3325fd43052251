namespace MetodPortal.Domain.Scoping;

/// <summary>A row that belongs to one region (the tenant). Rows of another region are never read or written.</summary>
public interface IRegionScoped
{
    int RegionId { get; }
}
