using MetodPortal.Domain.Monitoring;

namespace MetodPortal.Web.Areas.Monitoring.UseCases;

/// <summary>The colour of a form's status wherever it is shown.</summary>
public static class FormBadge
{
    public static string Of(FormStatus status) => status switch
    {
        FormStatus.Accepted => "text-bg-success",
        FormStatus.Submitted => "text-bg-primary",
        FormStatus.Returned => "text-bg-danger",
        FormStatus.Draft => "text-bg-secondary",
        _ => "text-bg-light border",
    };
}
