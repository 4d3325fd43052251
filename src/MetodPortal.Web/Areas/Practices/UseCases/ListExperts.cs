using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

public sealed class ExpertFilter
{
    public string? Q { get; set; }
    public int? AreaId { get; set; }
    public int? MunicipalityId { get; set; }
    public ExpertiseKinds? Kind { get; set; }

    /// <summary>Only those in force today.</summary>
    public bool Active { get; set; }

    /// <summary>The year whose expertises make the load (this year by default).</summary>
    public int? Year { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record ExpertRow(
    int Id, int EducatorId, string Name, string Organization, string? Municipality, IReadOnlyList<int> AreaIds, ExpertiseKinds Kinds, string OrderNumber,
    DateOnly OrderDate, DateOnly ValidFrom, DateOnly? ValidTo, int Reviews, int Programs)
{
    public int Load => Reviews + Programs;
}

/// <summary>The registry of experts in the user's scope (the filter does the scoping) with each expert's load in the year: the practice reviews
/// they wrote and the РУМО protocols on ДПП they signed.</summary>
public static class ListExperts
{
    public static IQueryable<ExpertRow> Rows(PortalDbContext db, ExpertFilter filter, DateOnly today)
    {
        var query = db.Experts.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(e => EF.Functions.ILike(RussianText.Folded(e.Educator!.LastName), pattern, Like.Escape));
        }

        if (filter.AreaId is { } areaId)
        {
            query = query.Where(e => e.CompetenceAreaIds.Contains(areaId));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(e => e.Organization!.MunicipalityId == municipalityId);
        }

        if (filter.Kind is { } kind)
        {
            query = query.Where(e => (e.Kinds & kind) == kind);
        }

        if (filter.Active)
        {
            query = query.Where(e => e.ValidFrom <= today && (e.ValidTo == null || e.ValidTo >= today));
        }

        var (from, to) = YearOf(filter, today);
        return query.OrderBy(e => e.Educator!.LastName).ThenBy(e => e.Educator!.FirstName).ThenBy(e => e.Id)
            .Select(e => new ExpertRow(e.Id, e.EducatorId, e.Educator!.FullName, e.Organization!.ShortName ?? e.Organization.Name,
                e.Organization.Municipality!.Name, e.CompetenceAreaIds, e.Kinds, e.OrderNumber, e.OrderDate, e.ValidFrom, e.ValidTo,
                db.PracticeReviews.Count(r => r.ExpertId == e.Id && r.WrittenOn >= from && r.WrittenOn <= to),
                db.ProfessionalPrograms.Count(p => p.ExpertIds.Contains(e.Id) && p.ExpertiseProtocolDate >= from && p.ExpertiseProtocolDate <= to)));
    }

    public static Task<Page<ExpertRow>> PageAsync(PortalDbContext db, ExpertFilter filter, DateOnly today, CancellationToken ct) =>
        Rows(db, filter, today).ToPageAsync(filter.Page, ct);

    public static (DateOnly From, DateOnly To) YearOf(ExpertFilter filter, DateOnly today)
    {
        var year = filter.Year is >= 2000 and <= 2100 ? filter.Year.Value : today.Year;
        return (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
    }
}
