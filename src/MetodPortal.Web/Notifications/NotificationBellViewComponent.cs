using System.Globalization;
using MetodPortal.Data;
using MetodPortal.Web.Areas.Notifications.UseCases;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;

namespace MetodPortal.Web.Notifications;

/// <summary>The bell of every page: the user's unread notices, linked to their list.</summary>
public sealed class NotificationBellViewComponent(PortalDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var unread = await ListNotifications.UnreadAsync(db, HttpContext.RequestAborted);
        var count = unread > 99 ? "99+" : unread.ToString(CultureInfo.InvariantCulture);
        var label = unread == 0 ? "Уведомления: новых нет" : $"Уведомления: непрочитанных {count}";
        var badge = unread == 0 ? ""
            : $"<span class=\"position-absolute top-0 start-100 translate-middle badge rounded-pill bg-danger\" id=\"bell-count\">{count}</span>";
        return new HtmlContentViewComponentResult(new HtmlString(
            $"<a class=\"btn btn-sm btn-outline-light position-relative me-3\" href=\"/notifications\" id=\"bell\" title=\"{label}\" aria-label=\"{label}\">"
            + $"<i class=\"bi bi-bell\" aria-hidden=\"true\"></i>{badge}</a>"));
    }
}
