using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Monitoring;

/// <summary>Where the figures of a campaign come from.</summary>
public enum IndicatorSource
{
    /// <summary>The accepted forms: the official figures of the monitoring.</summary>
    [Display(Name = "по принятым формам")]
    Declared = 0,

    /// <summary>The registry kept in the portal, computed for the campaign's year and reporting date.</summary>
    [Display(Name = "по реестру портала")]
    Registry = 1,
}
