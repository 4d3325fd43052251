using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class ReviseExpertTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_period_ends_and_the_person_stays_whatever_is_posted()
    {
        await using var db = factory.Db();
        var expert = await db.Experts.AsNoTracking().OrderBy(e => e.Id).FirstAsync();
        var form = ExpertForm.From(expert);
        var other = await db.Educators.Where(e => e.Id != expert.EducatorId).Select(e => e.Id).FirstAsync();
        (form.ValidTo, form.EducatorId) = (new DateOnly(2026, 12, 31), other);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        Assert.IsType<Outcome.Success>(await scope.Get<ReviseExpert>().HandleAsync(expert.Id, form, default));

        var saved = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == expert.Id);
        Assert.Equal((expert.EducatorId, new DateOnly(2026, 12, 31)), (saved.EducatorId, saved.ValidTo!.Value));
    }

    [Fact]
    public async Task A_coordinator_does_not_find_an_expert_of_another_municipality()
    {
        await using var db = factory.Db();
        var kms = await factory.MunicipalityAsync("KMS");
        var expert = await db.Experts.AsNoTracking().FirstAsync(e => e.Organization!.MunicipalityId == kms.Id);
        await using var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local"));

        Assert.IsType<Outcome.Missing>(await scope.Get<ReviseExpert>().HandleAsync(expert.Id, ExpertForm.From(expert), default));
        Assert.Equal(expert.Kinds, (await db.Experts.AsNoTracking().SingleAsync(e => e.Id == expert.Id)).Kinds);
        Assert.NotEqual(ExpertiseKinds.None, expert.Kinds);
    }
}
