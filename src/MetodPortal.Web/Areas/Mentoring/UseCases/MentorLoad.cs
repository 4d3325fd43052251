using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

/// <summary>
/// A mentor with the pairs they lead now: the one count the registry of mentors, the ИОМ card's suggestions and the supply figures share.
/// A query shape (composed further in SQL), not a stored row.
/// </summary>
public sealed class MentorLoad
{
    public Mentor Mentor { get; init; } = null!;
    public int ActivePairs { get; init; }

    public static IQueryable<MentorLoad> Of(IQueryable<Mentor> mentors, PortalDbContext db) =>
        mentors.Select(m => new MentorLoad
        {
            Mentor = m, ActivePairs = db.MentoringPairs.Count(p => p.MentorId == m.EducatorId && p.Status == PairStatus.Active),
        });
}
