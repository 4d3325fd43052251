namespace MetodPortal.Domain;

/// <summary>
/// A record two people may edit at once (a person's card, an ИОМ, a monitoring form). <see cref="Version"/> is the
/// row's PostgreSQL <c>xmin</c>: it changes on every update, and a save that expects an older one is refused instead
/// of silently overwriting the other person's change.
/// </summary>
public interface IVersioned
{
    uint Version { get; set; }
}
