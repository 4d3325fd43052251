using MetodPortal.Data.Security;
using MetodPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext
{
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SubmissionKey> SubmissionKeys => Set<SubmissionKey>();
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>The session making this change: it outlives the user's renewed stamp (a password changed on this device), the others end.</summary>
    public string? SessionKept { get; set; }
}
