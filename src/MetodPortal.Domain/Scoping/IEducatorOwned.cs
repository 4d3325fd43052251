namespace MetodPortal.Domain.Scoping;

/// <summary>
/// A row about one educator (a diagnostic, a route and their parts). Besides its organization's subtree it is
/// filtered on <see cref="EducatorId"/> for a user whose scope is themselves (a teacher sees only their own).
/// </summary>
public interface IEducatorOwned : IOrgScoped
{
    int EducatorId { get; }
}
