namespace MetodPortal.Domain.Audit;

/// <summary>A line of one of the portal's logs (changes, reads of personal data), dated by the moment it was written.</summary>
public interface ILogLine
{
    DateTimeOffset At { get; }
}
