namespace MetodPortal.Web.Choices;

/// <summary>One option of a select list: the record's id and the name the user reads.</summary>
public sealed record Choice(int Id, string Name);
