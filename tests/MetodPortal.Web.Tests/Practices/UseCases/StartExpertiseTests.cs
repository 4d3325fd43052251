using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class StartExpertiseTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Two_experts_of_other_organizations_get_the_practice_each_with_a_review_to_write()
    {
        var id = await PracticeArrange.SubmittedAsync(factory);
        var experts = await PracticeArrange.ExpertsForAsync(factory, id);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        Assert.IsType<Outcome.Success>(await scope.Get<StartExpertise>().HandleAsync(id, [.. experts.Select(e => e.Id)], default));

        var practice = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal((PracticeStatus.UnderExpertise, 1), (practice.Status, practice.Round));
        Assert.Equal(experts.Select(e => (e.Id, e.EducatorId, 1, false)).Order(),
            practice.Reviews.Select(r => (r.ExpertId, r.ExpertEducatorId, r.Round, r.IsWritten)).Order());
    }

    [Fact]
    public async Task An_expert_of_the_authors_organization_is_refused_and_nothing_changes()
    {
        var id = await PracticeArrange.SubmittedAsync(factory);
        var other = (await PracticeArrange.ExpertsForAsync(factory, id))[0];
        await using var db = factory.Db();
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var colleague = await db.Experts.AsNoTracking().FirstAsync(e => e.OrganizationId == school.Id && (e.Kinds & ExpertiseKinds.Practices) != 0);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        var refused = Assert.IsType<Outcome.Refusal>(await scope.Get<StartExpertise>().HandleAsync(id, [colleague.Id, other.Id], default));
        var one = Assert.IsType<Outcome.Refusal>(await scope.Get<StartExpertise>().HandleAsync(id, [other.Id, other.Id], default));

        Assert.Equal("Эксперт не может оценивать практику своей организации или свою собственную.", refused.Reason);
        Assert.Equal("Выберите двух разных экспертов.", one.Reason);
        var practice = await PracticeArrange.LoadAsync(factory, id);
        Assert.Equal((PracticeStatus.Submitted, 0), (practice.Status, practice.Reviews.Count));
    }

    [Fact]
    public async Task An_expert_who_works_at_the_organization_besides_their_own_is_refused_too()
    {
        var id = await PracticeArrange.SubmittedAsync(factory);
        var experts = await PracticeArrange.ExpertsForAsync(factory, id);
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using (var db = factory.Db())
        {
            db.Employments.Add(new Domain.Staff.Employment
            {
                RegionId = school.RegionId, OrganizationId = school.Id, EducatorId = experts[0].EducatorId, Position = Domain.Staff.Position.Teacher,
                IsMain = false,
            });
            await db.SaveChangesAsync();
        }

        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));
        Assert.IsType<Outcome.Refusal>(await scope.Get<StartExpertise>().HandleAsync(id, [.. experts.Select(e => e.Id)], default));
    }

    [Fact]
    public async Task A_draft_is_not_sent_to_experts()
    {
        var id = await PracticeArrange.DraftAsync(factory);
        var experts = await PracticeArrange.ExpertsForAsync(factory, id);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        var refused = Assert.IsType<Outcome.Refusal>(await scope.Get<StartExpertise>().HandleAsync(id, [.. experts.Select(e => e.Id)], default));

        Assert.Equal("На экспертизу направляют поданную практику.", refused.Reason);
    }
}
