using System.ComponentModel.DataAnnotations;
using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Plan;

/// <summary>
/// The information-analytical report on a closed campaign (seed 004, direction 1, 3.2–3.3: within 30 days of the monitoring's results): opened when
/// the campaign closes, its text sections written by ХК ИРО / ЦНППМ, reviewed, and issued. The issued report is fixed: its PDF and Word documents
/// are stored as they were at the issue, so a later change of data does not change it.
/// </summary>
public sealed class AnalyticReport : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int CampaignId { get; set; }
    public DateOnly Due { get; set; }
    public AnalyticStatus Status { get; set; } = AnalyticStatus.Draft;
    public string? ReviewComment { get; set; }

    public DateOnly? IssuedOn { get; set; }
    public string? IssuedBy { get; set; }
    public byte[]? Pdf { get; set; }
    public byte[]? Document { get; set; }

    public List<AnalyticSection> Sections { get; } = [];

    public bool IsIssued => Status == AnalyticStatus.Issued;

    public string? TextOf(string key) => Sections.FirstOrDefault(s => s.Key == key)?.Text;

    /// <summary>Writes the sections (empty ones removed); only a draft is written.</summary>
    public string? Write(IReadOnlyDictionary<string, string?> texts)
    {
        if (Status != AnalyticStatus.Draft)
        {
            return Status == AnalyticStatus.Issued ? "Отчёт выпущен и не изменяется." : "Отчёт на рассмотрении: верните его на доработку, чтобы изменить.";
        }

        foreach (var (key, text) in texts)
        {
            var section = Sections.FirstOrDefault(s => s.Key == key);
            if (string.IsNullOrWhiteSpace(text))
            {
                if (section is not null)
                {
                    Sections.Remove(section);
                }
            }
            else if (section is null)
            {
                Sections.Add(new AnalyticSection { RegionId = RegionId, Key = key, Text = text.Trim() });
            }
            else
            {
                section.Text = text.Trim();
            }
        }

        return null;
    }

    /// <summary>A draft goes to review once its conclusions are written.</summary>
    public string? SendToReview() =>
        Status != AnalyticStatus.Draft ? "На рассмотрение отправляется только черновик."
        : Sections.Count == 0 ? "Напишите хотя бы один раздел отчёта: выводы, риски или предложения."
        : Move(AnalyticStatus.InReview, null);

    /// <summary>The reviewer returns the report with what to correct.</summary>
    public string? Return(string? comment) =>
        Status != AnalyticStatus.InReview ? "Вернуть можно только отчёт на рассмотрении."
        : string.IsNullOrWhiteSpace(comment) ? "Укажите, что исправить."
        : Move(AnalyticStatus.Draft, comment.Trim());

    /// <summary>The reviewer issues the report with its documents as they are now.</summary>
    public string? Issue(DateOnly on, string by, byte[] pdf, byte[] document)
    {
        if (IssueError is { } refusal)
        {
            return refusal;
        }

        (Status, IssuedOn, IssuedBy, Pdf, Document) = (AnalyticStatus.Issued, on, by, pdf, document);
        return null;
    }

    /// <summary>Why the report may not be issued now (null: it is in review).</summary>
    public string? IssueError => Status switch
    {
        AnalyticStatus.InReview => null,
        AnalyticStatus.Issued => "Отчёт уже выпущен.",
        _ => "Выпускается отчёт, прошедший рассмотрение: сначала отправьте его на рассмотрение.",
    };

    private string? Move(AnalyticStatus status, string? comment)
    {
        (Status, ReviewComment) = (status, comment);
        return null;
    }
}

/// <summary>A text section of an analytic report: «indicator:3», «municipality:12», «risks», «proposals», «summary».</summary>
public sealed class AnalyticSection : IRegionScoped
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int ReportId { get; set; }
    public string Key { get; set; } = "";
    public string Text { get; set; } = "";
}

public enum AnalyticStatus
{
    [Display(Name = "черновик")]
    Draft = 1,

    [Display(Name = "на рассмотрении")]
    InReview = 2,

    [Display(Name = "выпущен")]
    Issued = 3,
}
