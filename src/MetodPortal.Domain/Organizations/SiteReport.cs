using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Organizations;

/// <summary>An educator of another organization who trained at an innovation or internship site (seed 004, direction 3, 2.4–2.5): named as the
/// site writes it, since the guest is usually outside its scope.</summary>
public sealed class SiteParticipant : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }

    /// <summary>The site's organization, which keeps the record.</summary>
    public int OrganizationId { get; set; }
    public int SiteId { get; set; }
    public string Name { get; set; } = "";
    public string Workplace { get; set; } = "";
    public string Topic { get; set; } = "";
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
}

/// <summary>An alienable result of a site: a product others can take (a programme, guidelines, a manual, a video), as a file or a link.</summary>
public sealed class SiteResult : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int SiteId { get; set; }
    public string Title { get; set; } = "";
    public SiteResultKind Kind { get; set; }
    public int Year { get; set; }
    public string? Link { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public byte[]? Content { get; set; }
}

/// <summary>A site's yearly report, filed by its organization and accepted (or returned with a comment) by the region — or by the municipality
/// for a municipal site.</summary>
public sealed class SiteReport : IOrgScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int SiteId { get; set; }
    public int Year { get; set; }
    public string Done { get; set; } = "";
    public string Results { get; set; } = "";
    public SiteReportStatus Status { get; set; } = SiteReportStatus.Submitted;
    public string? Comment { get; set; }
    public DateOnly SubmittedOn { get; set; }
    public DateOnly? DecidedOn { get; set; }

    /// <summary>A report is filed again only while it is not accepted.</summary>
    public bool IsOpen => Status != SiteReportStatus.Accepted;

    public string? Decide(bool accept, string? comment, DateOnly today)
    {
        if (Status != SiteReportStatus.Submitted)
        {
            return $"Отчёт {DisplayNames.Of(Status)}: решение по нему уже принято.";
        }

        if (!accept && string.IsNullOrWhiteSpace(comment))
        {
            return "Напишите, что доработать в отчёте.";
        }

        (Status, Comment, DecidedOn) = (accept ? SiteReportStatus.Accepted : SiteReportStatus.Returned, FormText.OrNull(comment), today);
        return null;
    }
}

public enum SiteResultKind
{
    [Display(Name = "программа")]
    Program = 1,

    [Display(Name = "методические рекомендации")]
    Guidelines = 2,

    [Display(Name = "пособие, сборник")]
    Manual = 3,

    [Display(Name = "видеоматериал")]
    Video = 4,

    [Display(Name = "публикация")]
    Publication = 5,

    [Display(Name = "другое")]
    Other = 6,
}

public enum SiteReportStatus
{
    [Display(Name = "на проверке")]
    Submitted = 1,

    [Display(Name = "принят")]
    Accepted = 2,

    [Display(Name = "возвращён на доработку")]
    Returned = 3,
}
