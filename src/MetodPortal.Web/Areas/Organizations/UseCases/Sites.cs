using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Organizations;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

public sealed class SiteFilter
{
    public OrganizationStatusKind? Kind { get; set; }
    public OrganizationStatusLevel? Level { get; set; }

    /// <summary>Statuses in force at some point of this year.</summary>
    public int? Year { get; set; }
    public int? MunicipalityId { get; set; }
    public string? Q { get; set; }
    public int Page { get; set; } = 1;
}

public sealed record SiteRow(int Id, int OrganizationId, string Organization, string? Municipality, OrganizationStatusKind Kind,
    OrganizationStatusLevel Level, string Theme,
    string? OrderNumber, DateOnly? OrderDate, DateOnly ValidFrom, DateOnly? ValidTo, int Participants = 0, int Results = 0, int? ReportYear = null,
    SiteReportStatus? ReportStatus = null);

/// <summary>The registry of innovation and internship sites (the regional set of measures, распоряжение № 458 of 03.04.2023, direction 3 §2.4–2.5),
/// built on organization statuses in the user's scope.</summary>
public static class Sites
{
    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("Организация", Width: 40), new("Муниципалитет", Width: 24), new("Вид площадки", Width: 24), new("Уровень", Width: 14), new("Тема", Width: 60),
        new("Приказ №", Width: 12), new("Дата приказа", XlsxKind.Date, 14), new("Действует с", XlsxKind.Date, 14), new("Действует по", XlsxKind.Date, 14),
        new("Участников стажировок", XlsxKind.Integer, 14), new("Отчуждаемых результатов", XlsxKind.Integer, 14), new("Последний отчёт", Width: 30),
    ];

    public static IQueryable<SiteRow> Query(PortalDbContext db, SiteFilter filter)
    {
        var query = db.OrganizationStatuses.AsNoTracking();
        if (filter.Kind is { } kind)
        {
            query = query.Where(s => s.Kind == kind);
        }

        if (filter.Level is { } level)
        {
            query = query.Where(s => s.Level == level);
        }

        if (filter.Year is { } year)
        {
            query = query.Where(s => s.ValidFrom <= new DateOnly(year, 12, 31) && (s.ValidTo == null || s.ValidTo >= new DateOnly(year, 1, 1)));
        }

        if (filter.MunicipalityId is { } municipalityId)
        {
            query = query.Where(s => s.Organization!.MunicipalityId == municipalityId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            var pattern = Like.Contains(filter.Q);
            query = query.Where(s => EF.Functions.ILike(RussianText.Folded(s.Theme), pattern, Like.Escape)
                || EF.Functions.ILike(RussianText.Folded(s.Organization!.Name), pattern, Like.Escape));
        }

        return query.OrderBy(s => s.Kind).ThenBy(s => s.Level).ThenBy(s => s.Organization!.Name)
            .Select(s => new SiteRow(s.Id, s.OrganizationId, s.Organization!.ShortName ?? s.Organization.Name, s.Organization.Municipality!.Name,
                s.Kind, s.Level, s.Theme,
                s.OrderNumber, s.OrderDate, s.ValidFrom, s.ValidTo, db.SiteParticipants.Count(p => p.SiteId == s.Id),
                db.SiteResults.Count(r => r.SiteId == s.Id),
                db.SiteReports.Where(r => r.SiteId == s.Id).OrderByDescending(r => r.Year).Select(r => (int?)r.Year).FirstOrDefault(),
                db.SiteReports.Where(r => r.SiteId == s.Id).OrderByDescending(r => r.Year).Select(r => (SiteReportStatus?)r.Status).FirstOrDefault()));
    }

    public static IReadOnlyList<object?> ExcelRow(SiteRow s) =>
        [s.Organization, s.Municipality, Domain.DisplayNames.Of(s.Kind), Domain.DisplayNames.Of(s.Level), s.Theme, s.OrderNumber, s.OrderDate,
            s.ValidFrom, s.ValidTo, s.Participants, s.Results, ReportOf(s)];

    /// <summary>The latest yearly report: its year and status, or a dash.</summary>
    public static string ReportOf(SiteRow s) => s.ReportYear is { } year ? $"{year}: {Domain.DisplayNames.Of(s.ReportStatus!.Value)}" : "—";

    /// <summary>A regional status is granted by the region (ministry, ЦНППМ / ИРО); a municipal coordinator grants municipal ones.</summary>
    public static string? LevelError(OrganizationStatusLevel level, Data.Scoping.DataScope scope) =>
        level == OrganizationStatusLevel.Regional && scope.MunicipalityId is not null
            ? "Региональный статус присваивает регион: выберите «Муниципальная»." : null;
}
