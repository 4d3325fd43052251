using MetodPortal.Data;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

/// <summary>The filters of the staff list (and of its Excel export), bound from the query string.</summary>
public sealed class StaffFilter
{
    public string? Q { get; set; }
    public int? OrganizationId { get; set; }
    public int? MunicipalityId { get; set; }
    public Position? Position { get; set; }
    public QualificationCategory? Category { get; set; }
    public bool Young { get; set; }
    public bool FirstYears { get; set; }
    public bool Head { get; set; }

    /// <summary>Include people whose every employment in scope has ended.</summary>
    public bool Former { get; set; }
    public string? Sort { get; set; }
    public int Page { get; set; } = 1;

    /// <summary>Whether the filter asks about the person (a name, position, category, age…) beyond where and whether they work.</summary>
    public bool NarrowsPeople => !string.IsNullOrWhiteSpace(Q) || Position is not null || Category is not null || Young || FirstYears || Head;
}

public sealed record StaffRow(
    int Id, string FullName, DateOnly BirthDate, Position Position, QualificationCategory Category, bool IsHead,
    DateOnly? ProfessionStartDate, IReadOnlyList<string> Organizations)
{
    public int Age(DateOnly on) => EducatorFacts.FullYears(BirthDate, on);
    public bool IsYoung(DateOnly on) => EducatorFacts.IsYoung(BirthDate, on);
    public bool IsInFirstYears(DateOnly on) => EducatorFacts.IsInFirstYears(ProfessionStartDate, on);
}

/// <summary>Educators in the user's scope (the filters do the scoping), searched, filtered and sorted as of a date.</summary>
public static class ListStaff
{
    /// <summary>Employments the list is about: in scope, matching the organization and municipality filters, current unless former ones are asked
    /// for.</summary>
    public static IQueryable<Employment> Employments(PortalDbContext db, StaffFilter filter, DateOnly today)
    {
        var employments = db.Employments.AsNoTracking();
        if (!filter.Former)
        {
            employments = employments.Where(e => e.EndDate == null || e.EndDate >= today);
        }

        if (filter.OrganizationId is { } organizationId)
        {
            employments = employments.Where(e => e.OrganizationId == organizationId);
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            employments = employments.Where(e => e.Organization!.MunicipalityId == municipalityId);
        }

        return employments;
    }

    public static IQueryable<Educator> Query(PortalDbContext db, StaffFilter filter, DateOnly today)
    {
        var employments = Employments(db, filter, today);
        var query = db.Educators.AsNoTracking().Where(e => employments.Any(x => x.EducatorId == e.Id));
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            foreach (var word in filter.Q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3))
            {
                var pattern = Like.Contains(word);
                query = query.Where(e => EF.Functions.ILike(RussianText.Folded(e.LastName), pattern, Like.Escape)
                    || EF.Functions.ILike(RussianText.Folded(e.FirstName), pattern, Like.Escape)
                    || (e.MiddleName != null && EF.Functions.ILike(RussianText.Folded(e.MiddleName), pattern, Like.Escape)));
            }
        }

        if (filter.Position is { } position)
        {
            query = query.Where(e => e.Position == position);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(e => e.Category == category);
        }

        // The same boundaries as EducatorFacts: date + N years, in SQL as in C#.
        if (filter.Young)
        {
            query = query.Where(e => e.BirthDate.AddYears(EducatorFacts.YoungAgeLimit) > today);
        }

        if (filter.FirstYears)
        {
            query = query.Where(e => e.ProfessionStartDate != null && e.ProfessionStartDate <= today
                && e.ProfessionStartDate.Value.AddYears(EducatorFacts.FirstYearsLimit) > today);
        }

        if (filter.Head)
        {
            query = query.Where(e => e.IsHead);
        }

        return filter.Sort switch
        {
            "name_desc" => query.OrderByDescending(e => e.LastName).ThenByDescending(e => e.FirstName),
            "age" => query.OrderByDescending(e => e.BirthDate).ThenBy(e => e.LastName),
            "age_desc" => query.OrderBy(e => e.BirthDate).ThenBy(e => e.LastName),
            "category" => query.OrderByDescending(e => e.Category).ThenBy(e => e.LastName),
            _ => query.OrderBy(e => e.LastName).ThenBy(e => e.FirstName).ThenBy(e => e.MiddleName),
        };
    }

    public static async Task<Page<StaffRow>> PageAsync(PortalDbContext db, StaffFilter filter, DateOnly today, CancellationToken ct)
    {
        var page = await Query(db, filter, today)
            .Select(e => new { e.Id, e.LastName, e.FirstName, e.MiddleName, e.BirthDate, e.Position, e.Category, e.IsHead, e.ProfessionStartDate })
            .ToPageAsync(filter.Page, ct);
        var ids = page.Items.Select(e => e.Id).ToList();
        var places = await Employments(db, filter, today).Where(x => ids.Contains(x.EducatorId))
            .Select(x => new { x.EducatorId, Name = x.Organization!.ShortName ?? x.Organization.Name })
            .ToListAsync(ct);
        var byEducator = places.ToLookup(p => p.EducatorId, p => p.Name);
        return new Page<StaffRow>(
            page.Items.Select(e => new StaffRow(
                e.Id, string.Join(' ', new[] { e.LastName, e.FirstName, e.MiddleName }.Where(p => !string.IsNullOrEmpty(p))),
                e.BirthDate, e.Position, e.Category, e.IsHead, e.ProfessionStartDate, byEducator[e.Id].Distinct().ToList())).ToList(),
            page.Number, page.Size, page.Total);
    }
}
