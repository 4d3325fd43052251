using MetodPortal.Data;
using MetodPortal.Domain.Programs;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Programs.UseCases;

public sealed class ProgramFilter
{
    public string? Q { get; set; }
    public ProgramKind? Kind { get; set; }
    public ProgramFormat? Format { get; set; }
    public bool Federal { get; set; }
    public bool Expertise { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ProgramRow(int Id, string Title, string Provider, int Hours, ProgramKind Kind, ProgramFormat Format, string? Protocol,
    DateOnly? ProtocolDate,
    bool InFederalRegistry, bool IsActive, int Completions);

public static class ListPrograms
{
    public static Task<Page<ProgramRow>> PageAsync(PortalDbContext db, ProgramFilter filter, CancellationToken ct)
    {
        var query = db.ProfessionalPrograms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => EF.Functions.ILike(RussianText.Folded(p.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(p.Provider), pattern, Like.Escape));
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(p => p.Kind == kind);
        }

        if (filter.Format is { } format)
        {
            query = query.Where(p => p.Format == format);
        }

        if (filter.Federal)
        {
            query = query.Where(p => p.InFederalRegistry);
        }

        if (filter.Expertise)
        {
            query = query.Where(p => p.ExpertiseProtocolNumber != null);
        }

        // Completions counted are those of educators in the user's scope (their filter applies inside the count).
        return query.OrderByDescending(p => p.IsActive).ThenBy(p => p.Title)
            .Select(p => new ProgramRow(p.Id, p.Title, p.Provider, p.Hours, p.Kind, p.Format, p.ExpertiseProtocolNumber, p.ExpertiseProtocolDate,
                p.InFederalRegistry,
                p.IsActive, db.ProgramCompletions.Count(c => c.ProgramId == p.Id)))
            .ToPageAsync(filter.Page, ct);
    }
}
