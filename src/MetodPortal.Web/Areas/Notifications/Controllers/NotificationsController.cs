using MetodPortal.Data;
using MetodPortal.Web.Areas.Notifications.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Areas.Notifications.Controllers;

/// <summary>The signed-in user's own notices and how they arrive; every role has them.</summary>
[Area("Notifications")]
[Authorize]
[Route("notifications")]
public sealed class NotificationsController(PortalDbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index([FromQuery] NotificationFilter filter, CancellationToken ct) =>
        View(new NotificationListModel(filter, await ListNotifications.PageAsync(db, filter, ct), await ListNotifications.UnreadAsync(db, ct)));

    /// <summary>Opens the notice's record, marking it read.</summary>
    [HttpGet("{id:int}")]
    public async Task<IActionResult> Open(int id, [FromServices] ReadNotice read, CancellationToken ct) =>
        await read.HandleAsync(id, ct) is Outcome.Success { Message: var url } && Url.IsLocalUrl(url) ? LocalRedirect(url) : NotFound();

    [HttpPost("read-all")]
    public async Task<IActionResult> ReadAll([FromServices] ReadAllNotices read, CancellationToken ct) =>
        await this.AnswerAsync(await read.HandleAsync(ct), _ => RedirectToAction(nameof(Index)));

    [HttpGet("settings")]
    public async Task<IActionResult> Settings([FromServices] IOptions<Web.Notifications.SmtpSettings> smtp, CancellationToken ct) =>
        View(new NoticeChannelsModel(await NoticeChannelsForm.OfAsync(db, ct), smtp.Value.Enabled));

    [HttpPost("settings")]
    public async Task<IActionResult> Settings(NoticeChannelsForm form, [FromServices] ChooseNoticeChannels choose, CancellationToken ct) =>
        await this.AnswerAsync(await choose.HandleAsync(form, ct), _ => RedirectToAction(nameof(Settings)));
}

public sealed record NotificationListModel(NotificationFilter Filter, Page<NotificationRow> Page, int Unread);

public sealed record NoticeChannelsModel(NoticeChannelsForm Form, bool MailEnabled);
