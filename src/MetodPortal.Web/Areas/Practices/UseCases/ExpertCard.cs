using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>One expertise an expert did: a practice review or a РУМО protocol on a ДПП.</summary>
public sealed record ExpertiseDone(string Kind, string Subject, string Url, DateOnly? On, string? Result);

public sealed record ExpertCardModel(Expert Expert, string Name, string Organization, IReadOnlyList<ExpertiseDone> Done, bool CanManage)
{
    /// <summary>The expertises of each year, newest first: the expert's load.</summary>
    public IEnumerable<(int Year, int Count)> LoadByYear => Done.Where(d => d.On is not null).GroupBy(d => d.On!.Value.Year)
        .OrderByDescending(g => g.Key).Select(g => (g.Key, g.Count()));
}

/// <summary>An expert's card: their fields, and every expertise they did, the reviews of practices the user may read and the РУМО protocols.</summary>
public static class ExpertCard
{
    public static async Task<ExpertCardModel?> LoadAsync(PortalDbContext db, int id, bool canManage, CancellationToken ct)
    {
        var expert = await db.Experts.AsNoTracking().Include(e => e.Educator).Include(e => e.Organization).FirstOrDefaultAsync(e => e.Id == id, ct);
        if (expert is null)
        {
            return null;
        }

        var reviews = await db.PracticeReviews.AsNoTracking().Where(r => r.ExpertId == id)
            .Join(db.Practices, r => r.PracticeId, p => p.Id, (r, p) => new { p.Id, p.Title, r.WrittenOn, r.Recommended, r.Scores })
            .ToListAsync(ct);
        var programs = await db.ProfessionalPrograms.AsNoTracking().Where(p => p.ExpertIds.Contains(id))
            .Select(p => new { p.Id, p.Title, p.ExpertiseProtocolNumber, p.ExpertiseProtocolDate }).ToListAsync(ct);
        var done = reviews.Select(r => new ExpertiseDone("экспертиза практики", r.Title, $"/practices/{r.Id}", r.WrittenOn,
                r.WrittenOn is null ? "заключение не написано" : $"{r.Scores.Sum()} б., {(r.Recommended == true ? "рекомендована" : "на доработку")}"))
            .Concat(programs.Select(p => new ExpertiseDone("экспертиза ДПП (РУМО)", p.Title, $"/programs/{p.Id}", p.ExpertiseProtocolDate,
                p.ExpertiseProtocolNumber is null ? null : $"протокол № {p.ExpertiseProtocolNumber}")))
            .OrderByDescending(d => d.On ?? DateOnly.MaxValue).ToList();
        return new ExpertCardModel(expert, expert.Educator!.FullName, expert.Organization!.ShortName ?? expert.Organization.Name, done, canManage);
    }
}
