using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Programs;

/// <summary>A programme of additional professional education (ДПП) in the region's registry.</summary>
public sealed class ProfessionalProgram : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>The organization that teaches it, as named in its documents (often outside the region's tree).</summary>
    public string Provider { get; set; } = "";
    public int Hours { get; set; }
    public ProgramKind Kind { get; set; }
    public ProgramFormat Format { get; set; }

    /// <summary>The protocol of the РУМО expertise, when the programme passed it.</summary>
    public string? ExpertiseProtocolNumber { get; set; }
    public DateOnly? ExpertiseProtocolDate { get; set; }

    /// <summary>The experts of the region's registry who gave the РУМО opinion: it counts on their cards in the protocol's year.</summary>
    public List<int> ExpertIds { get; set; } = [];

    /// <summary>Teaches methodical support and the support of ИОМ: completing it trains a member of РМА or РУА (seed 004, direction 1, 4.6).</summary>
    public bool TrainsMethodicalSupport { get; set; }

    /// <summary>Included in the federal registry of ДПП for pedagogical workers.</summary>
    public bool InFederalRegistry { get; set; }
    public bool IsActive { get; set; } = true;

    /// <summary>The competence areas of the region's catalogue the programme develops (ИОМ items in those areas are offered its cohorts).</summary>
    public List<int> CompetenceAreaIds { get; set; } = [];
    public List<ProgramCohort> Cohorts { get; } = [];
}

/// <summary>An educator completed a programme: the date on the certificate and its number.</summary>
public sealed class ProgramCompletion : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>The educator's workplace that recorded it.</summary>
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int ProgramId { get; set; }
    public DateOnly CompletedOn { get; set; }
    public string? CertificateNumber { get; set; }

    public ProfessionalProgram? Program { get; set; }
    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
}

public enum ProgramKind
{
    [Display(Name = "повышение квалификации")]
    AdvancedTraining = 1,

    [Display(Name = "профессиональная переподготовка")]
    Retraining = 2,
}

public enum ProgramFormat
{
    [Display(Name = "очно")]
    InPerson = 1,

    [Display(Name = "дистанционно")]
    Distance = 2,

    [Display(Name = "сетевая форма")]
    Network = 3,
}

/// <summary>The minimum lengths of ДПП set by the order on additional professional programmes (Минобрнауки № 499).</summary>
public static class ProgramRules
{
    public const int MinAdvancedTrainingHours = 16;
    public const int MinRetrainingHours = 250;
    public const int MaxHours = 2000;

    public static string? HoursError(ProgramKind kind, int hours) => kind switch
    {
        _ when hours > MaxHours => $"Объём — не больше {MaxHours} часов.",
        ProgramKind.AdvancedTraining when hours < MinAdvancedTrainingHours => $"Повышение квалификации — не менее {MinAdvancedTrainingHours} часов.",
        ProgramKind.Retraining when hours < MinRetrainingHours => $"Профессиональная переподготовка — не менее {MinRetrainingHours} часов.",
        _ => null,
    };
}
