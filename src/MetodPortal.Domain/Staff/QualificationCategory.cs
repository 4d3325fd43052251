using System.ComponentModel.DataAnnotations;

namespace MetodPortal.Domain.Staff;

public enum QualificationCategory
{
    [Display(Name = "без категории")]
    None = 0,

    [Display(Name = "соответствие занимаемой должности")]
    MatchesPosition = 1,

    [Display(Name = "первая")]
    First = 2,

    [Display(Name = "высшая")]
    Highest = 3,
}
