namespace MetodPortal.Domain.Audit;

/// <summary>
/// Bookkeeping rows that are not user records (sessions, submission keys, access records): the change audit skips
/// them, as it would otherwise log every request of every user.
/// </summary>
public interface IUnaudited;
