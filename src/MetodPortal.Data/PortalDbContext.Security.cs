using MetodPortal.Data.Security;
using MetodPortal.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Data;

public partial class PortalDbContext : Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.IDataProtectionKeyContext
{
    /// <summary>The key ring that protects cookies, antiforgery and one-time form keys, shared by every portal process on the database.</summary>
    public DbSet<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey> DataProtectionKeys =>
        Set<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>();

    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<SubmissionKey> SubmissionKeys => Set<SubmissionKey>();
    public DbSet<AccessRecord> AccessRecords => Set<AccessRecord>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<ProgressNote> ProgressNotes => Set<ProgressNote>();

    /// <summary>The session making this change: it outlives the user's renewed stamp (a password changed on this device), the others end.</summary>
    public string? SessionKept { get; set; }
}
