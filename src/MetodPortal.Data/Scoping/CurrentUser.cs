namespace MetodPortal.Data.Scoping;

/// <summary>Who is acting (for the audit log) and what they may reach (for the filters and the write guard).</summary>
public sealed record CurrentUser(int? UserId, string? UserName, DataScope Scope)
{
    public static readonly CurrentUser Anonymous = new(null, null, DataScope.None);

    /// <summary>Start-up work (migrations, seeding): sees every region, audited as the system.</summary>
    public static readonly CurrentUser System = new(null, null, DataScope.Global);
}
