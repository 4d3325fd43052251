namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// The workflow of a monitoring form: не начата / черновик → отправлена → принята, or возвращена with a comment and
/// sent again. Each check returns the Russian reason a step is refused, or null. Who may act is the caller's business.
/// </summary>
public static class FormRules
{
    private static string? CampaignError(MonitoringCampaign campaign) => campaign.Status switch
    {
        CampaignStatus.Preparation => "Мониторинг ещё не открыт.",
        CampaignStatus.Closed => "Мониторинг закрыт: формы только для чтения.",
        _ => null,
    };

    public static bool IsEditable(MonitoringForm form) => form.Status is FormStatus.NotStarted or FormStatus.Draft or FormStatus.Returned;

    /// <summary>Whether the form and its campaign offer a coordinator's step (the page's buttons; the errors below refuse the same).</summary>
    public static bool Can(MonitoringForm form, MonitoringCampaign campaign, FormAction action) => CampaignError(campaign) is null && action switch
    {
        FormAction.Accept or FormAction.Return => form.Status == FormStatus.Submitted,
        FormAction.Reopen => form.Status == FormStatus.Accepted,
        _ => false,
    };

    public static string? SaveError(MonitoringForm form, MonitoringCampaign campaign) =>
        CampaignError(campaign) ?? (IsEditable(form) ? null : $"Форма в статусе «{DisplayNames.Of(form.Status)}» не редактируется.");

    /// <summary>A form is sent with every part within its whole and, where declared values differ from the registry, a comment.</summary>
    public static string? SubmitError(MonitoringForm form, MonitoringCampaign campaign, IndicatorCounts registry) =>
        SaveError(form, campaign)
        ?? (form.Status == FormStatus.NotStarted ? "Заполните и сохраните форму, прежде чем отправить." : null)
        ?? form.Declared.PartError()
        ?? (Differs(form.Declared, registry) && string.IsNullOrWhiteSpace(form.DiscrepancyComment)
            ? "Заявленные значения расходятся с реестром: поясните расхождение в комментарии."
            : null);

    public static string? AcceptError(MonitoringForm form, MonitoringCampaign campaign) =>
        CampaignError(campaign) ?? (Can(form, campaign, FormAction.Accept) ? null : "Принять можно только отправленную форму.");

    public static string? ReturnError(MonitoringForm form, MonitoringCampaign campaign, string? comment) =>
        CampaignError(campaign)
        ?? (Can(form, campaign, FormAction.Return) ? null : "Вернуть можно только отправленную форму.")
        ?? (string.IsNullOrWhiteSpace(comment) ? "Укажите, что исправить: комментарий обязателен." : null);

    /// <summary>An accepted form is reopened by a coordinator with a reason, while the campaign is open.</summary>
    public static string? ReopenError(MonitoringForm form, MonitoringCampaign campaign, string? reason) =>
        CampaignError(campaign)
        ?? (Can(form, campaign, FormAction.Reopen) ? null : "Открыть заново можно только принятую форму.")
        ?? (string.IsNullOrWhiteSpace(reason) ? "Укажите причину." : null);

    public static bool IsLate(DateTimeOffset submittedAt, MonitoringCampaign campaign) => submittedAt > campaign.Deadline;

    /// <summary>Whether any declared count differs from the registry's for the same organization and year.</summary>
    public static bool Differs(IndicatorCounts declared, IndicatorCounts registry) => declared != registry;
}

/// <summary>A coordinator's steps on a sent form (<see cref="FormRules.Can"/>).</summary>
public enum FormAction
{
    Accept,
    Return,
    Reopen,
}
