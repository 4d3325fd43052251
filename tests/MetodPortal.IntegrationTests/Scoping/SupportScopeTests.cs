using MetodPortal.Data;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Communities;
using MetodPortal.Testing;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.IntegrationTests.Scoping;

/// <summary>
/// The two filters of the forms of support that are not the plain organization filter: a community is seen in its
/// owner's subtree and wherever a member is; an event is read region-wide but written only in its organizer's subtree.
/// </summary>
public sealed class SupportScopeTests(SeededDatabase database) : IClassFixture<SeededDatabase>
{
    private PortalDbContext As(DataScope scope) => PortalData.CreateContext(database.ConnectionString, new CurrentUser(null, "test", scope));

    private async Task<(DataScope School, DataScope Gymnasium, DataScope Kms)> ScopesAsync()
    {
        await using var db = As(DataScope.Global);
        var school = await db.Organizations.SingleAsync(o => o.ShortName == "МАОУ «СШ № 12»");
        var gymnasium = await db.Organizations.SingleAsync(o => o.ShortName == "МБОУ «Гимназия № 4»");
        var kms = await db.Municipalities.SingleAsync(m => m.Code == "KMS");
        return (DataScope.ForOrganization(school), DataScope.ForOrganization(gymnasium), DataScope.ForMunicipality(kms.RegionId, kms.Id));
    }

    [Fact]
    public async Task ASchoolSeesTheCommunitiesItsStaffBelongToAndOnlyItsOwnMembers()
    {
        var (school, _, kms) = await ScopesAsync();
        await using var db = As(school);

        var visible = await db.Communities.Select(c => c.Title).ToListAsync();

        Assert.Contains("Пресс-клуб молодых педагогов «Старт»", visible);
        Assert.Contains("ШМО учителей естественно-научного цикла", visible);
        Assert.DoesNotContain("Городское методическое объединение учителей начальных классов", visible);
        var schoolId = (await db.Organizations.SingleAsync()).Id;
        Assert.All(await db.CommunityMemberships.ToListAsync(), m => Assert.Equal(schoolId, m.OrganizationId));

        await using var kmsDb = As(kms);
        Assert.DoesNotContain("Пресс-клуб молодых педагогов «Старт»", await kmsDb.Communities.Select(c => c.Title).ToListAsync());
    }

    [Fact]
    public async Task ACommunitySeenThroughAMemberIsNotWritable()
    {
        var (school, _, _) = await ScopesAsync();
        await using var db = As(school);
        var club = await db.Communities.SingleAsync(c => c.Kind == CommunityKind.YoungSpecialistsPressClub);

        club.Title = "Переименован школой";

        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task EventsAreReadRegionWideButChangedOnlyByTheOrganizersSubtree()
    {
        var (_, _, kms) = await ScopesAsync();
        await using var db = As(kms);
        var all = await db.MethodicalEvents.ToListAsync();
        await using (var global = As(DataScope.Global))
        {
            Assert.Equal(await global.MethodicalEvents.CountAsync(), all.Count);
        }

        var khvEvent = all.First(e => e.Title.StartsWith("Городской семинар", StringComparison.Ordinal));
        khvEvent.Title = "Переименован чужим муниципалитетом";

        await Assert.ThrowsAsync<ScopeViolationException>(() => db.SaveChangesAsync());
    }
}
