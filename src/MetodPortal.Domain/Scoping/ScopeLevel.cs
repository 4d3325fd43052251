namespace MetodPortal.Domain.Scoping;

/// <summary>How far a user sees: nothing, all regions, one region, one municipality or one organization subtree.</summary>
public enum ScopeLevel
{
    None = 0,
    Global = 1,
    Region = 2,
    Municipality = 3,
    Organization = 4,
}
