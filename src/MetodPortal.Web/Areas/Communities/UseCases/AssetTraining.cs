using MetodPortal.Data;
using MetodPortal.Domain.Communities;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Communities.UseCases;

/// <summary>A current member of РМА or РУА and their last training in methodical support within three years, if any.</summary>
public sealed record AssetMember(
    int EducatorId, string Name, string Organization, int? MunicipalityId, string? Municipality, int CommunityId, string Community, CommunityKind Kind,
    DateOnly? TrainedOn, string? Program)
{
    public bool Trained => TrainedOn is not null;
}

/// <summary>Members and the trained among them, each person once: a share against the 100 % goal.</summary>
public sealed record TrainedShare(string Name, int Members, int Trained)
{
    public decimal Percent => Members == 0 ? 0 : Math.Round(100m * Trained / Members, 1);
}

/// <summary>
/// The training of the regional methodical and management actives (seed 004, direction 1, 4.6: «к 2024 году 100 % членов РМА и РУА обучены»): a
/// current member counts as trained when they completed, in the last three years, a ДПП marked as training on methodical support and the support
/// of ИОМ. Members are those the user's scope shows (their workplace's filter).
/// </summary>
public static class AssetTraining
{
    public const int Years = 3;

    public static async Task<List<AssetMember>> MembersAsync(PortalDbContext db, DateOnly today, CancellationToken ct)
    {
        var since = today.AddYears(-Years);
        var rows = await db.CommunityMemberships.AsNoTracking()
            .Where(m => (m.Community!.Kind == CommunityKind.RegionalMethodicalAsset || m.Community.Kind == CommunityKind.RegionalManagementAsset)
                && m.From <= today && (m.To == null || m.To >= today))
            .OrderBy(m => m.Educator!.LastName).ThenBy(m => m.Educator!.FirstName).ThenBy(m => m.Id)
            .Select(m => new
            {
                Member = new AssetMember(m.EducatorId, m.Educator!.FullName, m.Organization!.ShortName ?? m.Organization.Name, m.Organization.MunicipalityId,
                    m.Organization.Municipality!.Name, m.CommunityId, m.Community!.Title, m.Community.Kind, null, null),
                Latest = db.ProgramCompletions.Where(c => c.EducatorId == m.EducatorId && c.Program!.TrainsMethodicalSupport && c.CompletedOn >= since
                    && c.CompletedOn <= today).OrderByDescending(c => c.CompletedOn).Select(c => new { c.CompletedOn, c.Program!.Title }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return [.. rows.Select(r => r.Member with { TrainedOn = r.Latest?.CompletedOn, Program = r.Latest?.Title })];
    }

    /// <summary>The share of each active, of each municipality (regional organizations under «региональные организации»), and in all.</summary>
    public static (List<TrainedShare> ByActive, List<TrainedShare> ByMunicipality, TrainedShare Total) Shares(IReadOnlyList<AssetMember> members) =>
        ([.. members.GroupBy(m => (m.CommunityId, m.Community)).OrderBy(g => g.Key.Community, StringComparer.Ordinal).Select(g => Share(g.Key.Community, g))],
         [.. members.GroupBy(m => m.Municipality ?? "региональные организации").OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => Share(g.Key, g))],
         Share("Всего", members));

    private static TrainedShare Share(string name, IEnumerable<AssetMember> members)
    {
        var people = members.GroupBy(m => m.EducatorId).ToList();
        return new TrainedShare(name, people.Count, people.Count(p => p.Any(m => m.Trained)));
    }
}
