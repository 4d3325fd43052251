using System.Net;
using MetodPortal.Domain.Communities;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Support;

/// <summary>
/// What the forms of support show across municipalities beyond the by-id refusals of the cross-scope matrix
/// (Security/CrossScopeMatrixTests): the events navigator is region-wide, another municipality's participants are not.
/// </summary>
public sealed class SupportScopeTests(PortalFactory factory) : IClassFixture<PortalFactory>, IAsyncLifetime
{
    private int _program;
    private int _community;
    private int _event;

    public async Task InitializeAsync()
    {
        // Records of Комсомольск-на-Амуре (KMS) from the demo data.
        await using var db = factory.Db();
        _program = await db.MentoringPairs.Where(p => p.Program!.Organization!.Municipality!.Code == "KMS"
            && p.MenteeId != null).OrderBy(p => p.Id).Select(p => p.ProgramId).FirstAsync();
        _community = await db.Communities.Where(c => c.Municipality!.Code == "KMS"
            && c.Level == SupportLevel.Municipal).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        _event = await db.EventParticipations.Where(p => p.Event!.Municipality!.Code == "KMS" && p.Organization!.Municipality!.Code == "KMS")
            .OrderBy(p => p.Id).Select(p => p.EventId).FirstAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task TheNavigatorIsRegionWideButAnotherMunicipalitysParticipantsAreHidden()
    {
        using var methodist = await factory.LoginAsync("methodist@demo.local");

        var card = await methodist.GetPageAsync($"/events/{_event}");
        Assert.Null(card.QuerySelector("#participants"));
        Assert.Null(card.QuerySelector("a[href$='/edit']"));

        using var regional = await factory.LoginAsync("cnppm@demo.local");
        var seen = await regional.GetPageAsync($"/events/{_event}");
        Assert.NotEmpty(seen.QuerySelectorAll("#participants tbody tr"));
        Assert.Equal(HttpStatusCode.OK, (await regional.GetAsync($"/communities/{_community}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await regional.GetAsync($"/mentoring/{_program}")).StatusCode);
    }
}
