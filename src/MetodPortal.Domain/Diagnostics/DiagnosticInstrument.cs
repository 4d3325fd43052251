using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Diagnostics;

/// <summary>
/// An entry of the registry of diagnostic materials: what it measures (areas, each with a maximum score and a deficit
/// threshold), who provides it and who may use it.
/// </summary>
public sealed class DiagnosticInstrument : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public string Title { get; set; } = "";
    public string Provider { get; set; } = "";
    public InstrumentKind Kind { get; set; }
    public InstrumentUsage Usage { get; set; } = InstrumentUsage.AllMethodists;
    public string? Description { get; set; }
    public bool IsActive { get; set; } = true;

    public List<InstrumentArea> Areas { get; } = [];
}

/// <summary>One area an instrument measures: a score from 0 to <see cref="MaxScore"/>; below <see cref="Threshold"/> is a deficit.</summary>
public sealed class InstrumentArea : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int InstrumentId { get; set; }
    public int CompetenceAreaId { get; set; }
    public decimal MaxScore { get; set; }
    public decimal Threshold { get; set; }
    public int SortOrder { get; set; }

    public CompetenceArea? CompetenceArea { get; set; }
}
