using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Diagnostics;

/// <summary>
/// One diagnostic of an educator's professional deficits: an instrument applied on a date at one of the educator's
/// organizations, a score per area, and the deficits (areas under threshold plus those the methodist adds by hand).
/// </summary>
public sealed class Diagnostic : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int InstrumentId { get; set; }
    public DateOnly Date { get; set; }

    /// <summary>Who conducted it, as the methodist writes it (a person or a commission).</summary>
    public string ConductedBy { get; set; } = "";
    public string? Note { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public DiagnosticInstrument? Instrument { get; set; }
    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
    public List<DiagnosticScore> Scores { get; } = [];
    public List<DiagnosticDeficit> Deficits { get; } = [];
}

public sealed class DiagnosticScore : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int DiagnosticId { get; set; }
    public int CompetenceAreaId { get; set; }
    public decimal Score { get; set; }

    public CompetenceArea? CompetenceArea { get; set; }
}

/// <summary>A deficit found by a diagnostic: from a score under threshold, or added by hand with a note.</summary>
public sealed class DiagnosticDeficit : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int DiagnosticId { get; set; }
    public int CompetenceAreaId { get; set; }
    public bool IsManual { get; set; }
    public string? Note { get; set; }

    public CompetenceArea? CompetenceArea { get; set; }
}
