using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Diagnostics;

public enum InstrumentKind
{
    [Display(Name = "тест")]
    Test = 1,

    [Display(Name = "кейс")]
    Case = 2,

    [Display(Name = "наблюдение")]
    Observation = 3,

    [Display(Name = "самооценка")]
    SelfAssessment = 4,
}

/// <summary>Who may diagnose with an instrument: only the regional centre (ЦНППМ, ИРО) or also the municipal methodists.</summary>
public enum InstrumentUsage
{
    [Display(Name = "методисты ЦНППМ / ИРО")]
    Regional = 1,

    [Display(Name = "все методисты (региональные и муниципальные)")]
    AllMethodists = 2,
}
