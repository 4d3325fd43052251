namespace MetodPortal.Reports.Plan;

/// <summary>The execution report of a plan of measures («отчёт об исполнении комплекса мер»), already counted; the writers only format it.</summary>
public sealed record PlanReport(
    string Title,
    string ApprovedBy,
    string Period,
    string? Municipality,
    string FormedOn,
    string FormedBy,
    PlanReportGroup Total,
    IReadOnlyList<PlanReportGroup> ByDirection,
    IReadOnlyList<PlanReportGroup> ByResponsible,
    IReadOnlyList<PlanReportMeasure> Measures);

public sealed record PlanReportGroup(string Name, int OnTime, int Late, int Overdue, int Upcoming, int Cancelled);

/// <summary>A measure's line: its occurrences counted by state, its target and the current value («—» without a target).</summary>
public sealed record PlanReportMeasure(
    int Direction, string Number, string Title, string Responsible, string Deadline, string ExpectedResult, int OnTime, int Late, int Overdue,
    int Upcoming, string Target, string Current);
