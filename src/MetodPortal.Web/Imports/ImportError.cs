namespace MetodPortal.Web.Imports;

/// <summary>Why an import refused a row (row 0: the file as a whole), shown row by row; nothing of the file was written.</summary>
public sealed record ImportError(int Row, string Column, string Message);
