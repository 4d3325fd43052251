using MetodPortal.Data;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Authorization;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Practices.UseCases;

/// <summary>A practice the user keeps (<see cref="Operations.Manage"/>): one of an organization of their scope, by a role that prepares practices.
/// Seeing a published practice of another municipality is not enough.</summary>
public static class ManagedPractice
{
    /// <summary>The practice, tracked, with its files' rows; null when it is not there or not the user's to change.</summary>
    public static async Task<Practice?> LoadAsync(PortalDbContext db, RecordAccess access, int id, CancellationToken ct)
    {
        var practice = await db.Practices.FirstOrDefaultAsync(p => p.Id == id, ct);
        return practice is not null && await access.MayManageAsync(practice) ? practice : null;
    }

    /// <summary>Why a kept practice cannot be changed now, or null.</summary>
    public static string? EditError(Practice practice) =>
        practice.IsEditable
            ? null
            : $"Практика {Domain.DisplayNames.Of(practice.Status)}: изменить её можно, когда она в черновике или возвращена на доработку.";
}
