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

    /// <summary>
    /// Records the scores and derives the deficits: every area under its threshold, plus the areas added by hand (with
    /// their note). Rows of areas already recorded are updated in place, so an edit keeps their ids.
    /// </summary>
    public void SetResults(IEnumerable<InstrumentArea> areas, IReadOnlyDictionary<int, decimal> scores, IReadOnlyDictionary<int, string?> manualDeficits)
    {
        var measured = areas.ToList();
        Scores.RemoveAll(s => !scores.ContainsKey(s.CompetenceAreaId));
        foreach (var (areaId, value) in scores)
        {
            var row = Scores.FirstOrDefault(s => s.CompetenceAreaId == areaId);
            if (row is null)
            {
                row = new DiagnosticScore { CompetenceAreaId = areaId };
                Scores.Add(row);
            }

            row.Score = value;
        }

        var scored = DeficitRules.ScoredDeficits(measured, scores).ToHashSet();
        var wanted = scored.Select(id => (Id: id, Manual: false, Note: (string?)null))
            .Concat(manualDeficits.Where(m => !scored.Contains(m.Key)).Select(m => (Id: m.Key, Manual: true, Note: m.Value)))
            .ToDictionary(d => d.Id);
        Deficits.RemoveAll(d => !wanted.ContainsKey(d.CompetenceAreaId));
        foreach (var (areaId, (_, manual, note)) in wanted)
        {
            var row = Deficits.FirstOrDefault(d => d.CompetenceAreaId == areaId);
            if (row is null)
            {
                row = new DiagnosticDeficit { CompetenceAreaId = areaId };
                Deficits.Add(row);
            }

            row.IsManual = manual;
            row.Note = manual ? note : null;
        }

        foreach (var part in Scores.Cast<DiagnosticPart>().Concat(Deficits))
        {
            (part.RegionId, part.OrganizationId, part.EducatorId, part.DiagnosticId) = (RegionId, OrganizationId, EducatorId, Id);
        }
    }
}

/// <summary>A row of a diagnostic about one competence area; it carries the diagnostic's region, organization and educator as keys of its own.</summary>
public abstract class DiagnosticPart : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int DiagnosticId { get; set; }
    public int CompetenceAreaId { get; set; }

    public CompetenceArea? CompetenceArea { get; set; }
}

public sealed class DiagnosticScore : DiagnosticPart
{
    public decimal Score { get; set; }
}

/// <summary>A deficit found by a diagnostic: from a score under threshold, or added by hand with a note.</summary>
public sealed class DiagnosticDeficit : DiagnosticPart
{
    public bool IsManual { get; set; }
    public string? Note { get; set; }
}
