using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Programs;

/// <summary>
/// A request for a ДПП (seed 004, direction 2, 1.1: «сбор и анализ запросов на содержание и форматы ДПП»): from an organization — filed by
/// an educator for themself, by its administrator or by a methodist — for a competence area and topic, in a preferred format and period,
/// for a number of people. ЦНППМ / ИРО answer it: a cohort planned, an existing programme, or declined with a reason.
/// </summary>
public sealed class ProgramRequest : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int CompetenceAreaId { get; set; }
    public string Topic { get; set; } = "";
    public ProgramFormat? Format { get; set; }

    /// <summary>When the people could study, as the requester puts it («январь–март 2027», «каникулы»).</summary>
    public string? Period { get; set; }
    public int People { get; set; }
    public int FiledByUserId { get; set; }
    public DateOnly FiledOn { get; set; }
    public RequestStatus Status { get; set; } = RequestStatus.Open;
    public string? Answer { get; set; }
    public int? ProgramId { get; set; }
    public int? CohortId { get; set; }
    public DateOnly? AnsweredOn { get; set; }
    public int? AnsweredByUserId { get; set; }

    public Organizations.Organization? Organization { get; set; }
    public Diagnostics.CompetenceArea? CompetenceArea { get; set; }
    public ProfessionalProgram? Program { get; set; }
    public ProgramCohort? Cohort { get; set; }

    /// <summary>A request waits for its answer, and only then may be answered or withdrawn.</summary>
    public static bool IsOpen(RequestStatus status) => status == RequestStatus.Open;

    /// <summary>The answer of ЦНППМ / ИРО, or why it cannot be given: an open request only, a programme for «existing», a cohort for
    /// «planned», a reason for «declined».</summary>
    public string? AnswerWith(RequestStatus status, ProgramCohort? cohort, ProfessionalProgram? program, string? answer, DateOnly today, int userId)
    {
        var refusal = !IsOpen(Status) ? "На запрос уже дан ответ."
            : status switch
            {
                RequestStatus.Open => "Выберите ответ на запрос.",
                RequestStatus.Planned when cohort is null => "Выберите поток план-графика, запланированный по запросу.",
                RequestStatus.Existing when program is null => "Выберите программу реестра, которая отвечает запросу.",
                RequestStatus.Declined when string.IsNullOrWhiteSpace(answer) => "Укажите причину отказа.",
                _ => null,
            };
        if (refusal is not null)
        {
            return refusal;
        }

        (Status, CohortId, ProgramId, Answer, AnsweredOn, AnsweredByUserId) = (status, cohort?.Id, cohort?.ProgramId ?? program?.Id,
            FormText.OrNull(answer), today, userId);
        return null;
    }
}

public enum RequestStatus
{
    [Display(Name = "ждёт ответа")]
    Open = 1,

    [Display(Name = "запланирован поток")]
    Planned = 2,

    [Display(Name = "есть программа")]
    Existing = 3,

    [Display(Name = "отклонён")]
    Declined = 4,
}
