using MetodPortal.Domain.Audit;

namespace MetodPortal.Data.Security;

/// <summary>
/// What one user's long work (an import, a report) has done so far, under the ticket its page made up: kept in the database so the page's
/// polls may reach any portal process, not only the one doing the work. Notes older than a quarter of an hour are purged.
/// </summary>
public sealed class ProgressNote : IUnaudited
{
    public int UserId { get; set; }
    public string Ticket { get; set; } = "";
    public string Stage { get; set; } = "";
    public int Count { get; set; }
    public int Total { get; set; }
    public int Errors { get; set; }
    public string Unit { get; set; } = "";
    public bool Finished { get; set; }
    public DateTimeOffset Written { get; set; }
}
