namespace MetodPortal.Web.Infrastructure;

/// <summary>What the shared confirmation page (Views/Shared/Confirm) asks before a destructive POST; a refusal replaces the button.</summary>
public sealed record ConfirmModel(
    string Title, string Question, string PostUrl, string CancelUrl, IReadOnlyList<(string Text, string? Url)> Crumbs, string Button = "Удалить",
        string? Refusal = null);
