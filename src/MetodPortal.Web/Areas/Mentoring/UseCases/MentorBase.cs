using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class MentorBaseFilter
{
    public string? Q { get; set; }
    public int? AreaId { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>Only mentors who can take another pair.</summary>
    public bool Free { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record MentorBaseRow(
    int Id, int EducatorId, string Name, string Organization, string? Municipality, bool ForMunicipality, IReadOnlyList<int> AreaIds,
    QualificationCategory Category, int MaxPairs, int ActivePairs, int PastPairs, int Trainings);

/// <summary>One pair of a mentor as their card lists it, current or past, with its result.</summary>
public sealed record MentorPairRow(
    int ProgramId, string Program, string Mentee, MentoringForm Form, DateOnly From, DateOnly To, PairStatus Status, string? Result);

/// <summary>One ДПП a mentor completed: their own training.</summary>
public sealed record MentorTrainingRow(int ProgramId, string Program, int Hours, DateOnly CompletedOn);

/// <summary>
/// The single database of mentors (seed 004, direction 3, 2.6): the mentors of the registry in the user's scope (the filter does the scoping),
/// each with their areas, category, pairs now against their limit, past pairs, and the ДПП they completed in the last three years.
/// </summary>
public static class MentorBase
{
    public const int TrainingYears = 3;

    /// <param name="id">One mentor only (their card).</param>
    public static IQueryable<MentorBaseRow> Rows(PortalDbContext db, MentorBaseFilter filter, DateOnly today, int? id = null)
    {
        var query = db.Mentors.AsNoTracking();
        if (id is { } only)
        {
            query = query.Where(m => m.Id == only);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(m => EF.Functions.ILike(RussianText.Folded(m.Educator!.LastName), pattern, Like.Escape));
        }

        if (filter.AreaId is { } areaId)
        {
            query = query.Where(m => m.CompetenceAreaIds.Contains(areaId));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(m => m.Organization!.MunicipalityId == municipalityId);
        }

        var loads = MentorLoad.Of(query, db);
        if (filter.Free)
        {
            loads = loads.Where(l => l.ActivePairs < l.Mentor.MaxPairs);
        }

        var since = today.AddYears(-TrainingYears);
        return loads.OrderBy(l => l.Mentor.Educator!.LastName).ThenBy(l => l.Mentor.Educator!.FirstName).ThenBy(l => l.Mentor.Id)
            .Select(l => new MentorBaseRow(l.Mentor.Id, l.Mentor.EducatorId, l.Mentor.Educator!.FullName,
                l.Mentor.Organization!.ShortName ?? l.Mentor.Organization.Name, l.Mentor.Organization.Municipality!.Name, l.Mentor.ForMunicipality,
                l.Mentor.CompetenceAreaIds, l.Mentor.Educator.Category, l.Mentor.MaxPairs, l.ActivePairs,
                db.MentoringPairs.Count(p => p.MentorId == l.Mentor.EducatorId && p.Status != PairStatus.Active),
                db.ProgramCompletions.Count(c => c.EducatorId == l.Mentor.EducatorId && c.CompletedOn >= since)));
    }

    public static Task<Page<MentorBaseRow>> PageAsync(PortalDbContext db, MentorBaseFilter filter, DateOnly today, CancellationToken ct) =>
        Rows(db, filter, today).ToPageAsync(filter.Page, ct);

    /// <summary>A mentor's pairs in the user's scope, current first, and the ДПП they completed, newest first.</summary>
    public static async Task<(List<MentorPairRow> Pairs, List<MentorTrainingRow> Trainings)> HistoryAsync(
        PortalDbContext db, int educatorId, CancellationToken ct)
    {
        var pairs = await db.MentoringPairs.AsNoTracking().Where(p => p.MentorId == educatorId)
            .OrderBy(p => p.Status != PairStatus.Active).ThenByDescending(p => p.PeriodFrom)
            .Select(p => new MentorPairRow(p.ProgramId, p.Program!.Title, p.Mentee == null ? p.StudentName ?? "—" : p.Mentee.FullName, p.Form,
                p.PeriodFrom, p.PeriodTo, p.Status, p.Result))
            .ToListAsync(ct);
        var trainings = await db.ProgramCompletions.AsNoTracking().Where(c => c.EducatorId == educatorId).OrderByDescending(c => c.CompletedOn)
            .Select(c => new MentorTrainingRow(c.ProgramId, c.Program!.Title, c.Program.Hours, c.CompletedOn)).ToListAsync(ct);
        return (pairs, trainings);
    }
}
