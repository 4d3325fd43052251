namespace MetodPortal.Domain.Scoping;

/// <summary>
/// A row owned by one organization. Every such row carries its own <see cref="OrganizationId"/>
/// (child rows too), so each is filtered on its own key against the user's subtree.
/// </summary>
public interface IOrgScoped : IRegionScoped
{
    int OrganizationId { get; }
}
