using MetodPortal.Data;
using MetodPortal.Data.Notifications;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Notifications.UseCases;

/// <summary>The kinds the user wants by e-mail too; the others stay in the portal only.</summary>
public sealed class NoticeChannelsForm
{
    public List<NoticeKind> ByEmail { get; set; } = [];

    public static async Task<NoticeChannelsForm> OfAsync(PortalDbContext db, CancellationToken ct)
    {
        var chosen = await db.NoticeChoices.AsNoTracking().Where(c => c.UserId == db.CurrentUser.UserId).ToDictionaryAsync(c => c.Kind, c => c.ByEmail, ct);
        return new NoticeChannelsForm
        {
            ByEmail = [.. Enum.GetValues<NoticeKind>().Where(k => chosen.TryGetValue(k, out var byEmail) ? byEmail : NoticeChoice.ByEmailByDefault(k))],
        };
    }
}

/// <summary>Saves the user's choice for every kind (a row each, so a later change of a default does not change what they chose).</summary>
public sealed class ChooseNoticeChannels(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(NoticeChannelsForm form, CancellationToken ct)
    {
        if (db.CurrentUser.UserId is not { } userId)
        {
            return Outcome.NotFound;
        }

        var chosen = await db.NoticeChoices.Where(c => c.UserId == userId).ToDictionaryAsync(c => c.Kind, ct);
        foreach (var kind in Enum.GetValues<NoticeKind>())
        {
            var byEmail = form.ByEmail.Contains(kind);
            if (chosen.TryGetValue(kind, out var choice))
            {
                choice.ByEmail = byEmail;
            }
            else
            {
                db.NoticeChoices.Add(new NoticeChoice { UserId = userId, Kind = kind, ByEmail = byEmail });
            }
        }

        await db.SaveChangesAsync(ct);
        return Outcome.Done("Настройки уведомлений сохранены.");
    }
}
