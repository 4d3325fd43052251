using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Plan;

/// <summary>A row of a plan of measures: the region's plan (no municipality) is read at region level, a municipality's plan there and in the
/// municipality.</summary>
public interface IPlanScoped : IRegionScoped
{
    int? MunicipalityId { get; }
}
