using MetodPortal.Data;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Mentoring.UseCases;

public sealed class MentoringFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }

    /// <summary>Programmes active at some point of this year.</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;
}

public sealed class PairFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public MentoringForm? Form { get; set; }
    public PairStatus? Status { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ProgramRow(int Id, string Title, string Organization, string? Municipality, DateOnly PeriodFrom, DateOnly PeriodTo,
    string? OrderNumber, DateOnly? OrderDate,
    int ActivePairs, int Pairs);

public sealed record PairRow(int Id, int ProgramId, string Organization, int MentorId, string Mentor, string Mentee, DateOnly? MenteeBirthDate,
    DateOnly? MenteeStart, MentoringForm Form,
    DateOnly PeriodFrom, DateOnly PeriodTo, PairStatus Status);

/// <summary>The mentoring lists: programmes and pairs in the user's scope (the filters do the scoping), searched and paged.</summary>
public static class ListMentoring
{
    public static Task<Page<ProgramRow>> ProgramsAsync(PortalDbContext db, MentoringFilter filter, CancellationToken ct)
    {
        var query = db.MentoringPrograms.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => EF.Functions.ILike(RussianText.Folded(p.Title), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(p.Organization!.Name), pattern, Like.Escape));
        }

        if (filter.OrganizationId is { } orgId)
        {
            query = query.Where(p => p.OrganizationId == orgId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(p => p.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(p => p.PeriodFrom <= new DateOnly(year, 12, 31) && p.PeriodTo >= new DateOnly(year, 1, 1));
        }

        return query.OrderBy(p => p.Organization!.Name).ThenByDescending(p => p.PeriodFrom)
            .Select(p => new ProgramRow(p.Id, p.Title, p.Organization!.ShortName ?? p.Organization.Name, p.Organization.Municipality!.Name,
                p.PeriodFrom, p.PeriodTo,
                p.OrderNumber, p.OrderDate, p.Pairs.Count(x => x.Status == PairStatus.Active), p.Pairs.Count))
            .ToPageAsync(filter.Page, ct);
    }

    public static async Task<Page<PairRow>> PairsAsync(PortalDbContext db, PairFilter filter, DateOnly today, CancellationToken ct)
    {
        var query = db.MentoringPairs.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(p => db.Educators.Any(e => e.Id == p.MentorId && EF.Functions.ILike(RussianText.Folded(e.LastName), pattern, Like.Escape))
                || (p.Mentee != null && EF.Functions.ILike(RussianText.Folded(p.Mentee.LastName), pattern, Like.Escape))
                || (p.StudentName != null && EF.Functions.ILike(RussianText.Folded(p.StudentName), pattern, Like.Escape)));
        }

        if (filter.OrganizationId is { } orgId)
        {
            query = query.Where(p => p.OrganizationId == orgId);
        }

        if (filter.Form is { } form)
        {
            query = query.Where(p => p.Form == form);
        }

        if (filter.Status is { } status)
        {
            query = query.Where(p => p.Status == status);
        }

        // The mentor is read by id, not through the navigation: a mentor for the municipality from another school is out of scope.
        var page = await query.OrderBy(p => p.Status).ThenBy(p => db.Educators.Where(e => e.Id == p.MentorId).Select(e => e.LastName).FirstOrDefault())
            .ThenBy(p => p.PeriodFrom).ThenBy(p => p.Id)
            .Select(p => new PairRow(p.Id, p.ProgramId, p.Program!.Organization!.ShortName ?? p.Program.Organization.Name, p.MentorId, "",
                p.Mentee != null ? p.Mentee.FullName : p.StudentName + " (студент)",
                p.Mentee != null ? p.Mentee.BirthDate : null, p.Mentee != null ? p.Mentee.ProfessionStartDate : null,
                p.Form, p.PeriodFrom, p.PeriodTo, p.Status))
            .ToPageAsync(filter.Page, ct);

        var mentors = await MunicipalMentors.OfPairsAsync(db, page.Items.Select(r => r.MentorId), ct);
        return page with { Items = [.. page.Items.Select(r => r with { Mentor = PairMentor.NameOf(mentors, r.MentorId) })] };
    }
}
