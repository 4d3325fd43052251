namespace MetodPortal.Data.Scoping;

/// <summary>Thrown by the write guard when a save would touch a row outside the current user's scope.</summary>
public sealed class ScopeViolationException(string entityType, string? entityId)
    : InvalidOperationException($"Write outside the user's scope: {entityType} {entityId}")
{
    public string EntityType { get; } = entityType;
    public string? EntityId { get; } = entityId;
}
