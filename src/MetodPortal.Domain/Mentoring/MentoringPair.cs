using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Mentoring;

/// <summary>
/// A mentor and a mentee inside a programme. The mentee is an educator, except in the «студент–педагог» form, where
/// the student is not on any staff and is recorded by name.
/// </summary>
public sealed class MentoringPair : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int ProgramId { get; set; }
    public int MentorId { get; set; }
    public int? MenteeId { get; set; }
    public string? StudentName { get; set; }
    public MentoringForm Form { get; set; }
    public string? CompetenceFocus { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public PairStatus Status { get; set; } = PairStatus.Active;
    public DateOnly? ClosedOn { get; set; }
    public string? Result { get; set; }

    public MentoringProgram? Program { get; set; }
    public Staff.Educator? Mentor { get; set; }
    public Staff.Educator? Mentee { get; set; }

    /// <summary>A pair at work: edited and closed only then.</summary>
    public bool IsActive => Status == PairStatus.Active;

    /// <summary>An active pair is closed on a day not before its start, completed or terminated, with its result; or the refusal (<see
    /// cref="MentoringRules.CloseError"/>).</summary>
    public string? Close(PairStatus status, DateOnly? closedOn, string? result)
    {
        if (MentoringRules.CloseError(this, status, closedOn, result) is { } refusal)
        {
            return refusal;
        }

        (Status, ClosedOn, Result) = (status, closedOn, result!.Trim());
        return null;
    }
}

public enum MentoringForm
{
    [Display(Name = "педагог — молодой специалист")]
    TeacherToYoungSpecialist = 1,

    [Display(Name = "педагог — педагог (по компетенции)")]
    TeacherToTeacher = 2,

    [Display(Name = "предметная пара")]
    SubjectPair = 3,

    [Display(Name = "руководитель — руководитель")]
    HeadToHead = 4,

    [Display(Name = "студент — педагог")]
    StudentToTeacher = 5,
}

public enum PairStatus
{
    [Display(Name = "действует")]
    Active = 1,

    [Display(Name = "завершена")]
    Completed = 2,

    [Display(Name = "прекращена досрочно")]
    Terminated = 3,
}
