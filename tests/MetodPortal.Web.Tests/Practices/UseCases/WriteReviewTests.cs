using MetodPortal.Data.Identity;
using MetodPortal.Domain.Identity;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class WriteReviewTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_expert_writes_their_own_review_from_their_account_and_not_the_other_experts()
    {
        var (id, experts) = await PracticeArrange.UnderExpertiseAsync(factory);
        var email = await ExpertAccountAsync(factory, experts[0].EducatorId);
        var practice = await PracticeArrange.LoadAsync(factory, id);
        var (mine, theirs) = (practice.Reviews.Single(r => r.ExpertId == experts[0].Id), practice.Reviews.Single(r => r.ExpertId == experts[1].Id));
        var form = await PracticeArrange.ReviewAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(email));

        Assert.IsType<Outcome.Success>(await scope.Get<WriteReview>().HandleAsync(id, mine.Id, form, default));
        Assert.IsType<Outcome.Missing>(await scope.Get<WriteReview>().HandleAsync(id, theirs.Id, form, default));

        var reviews = (await PracticeArrange.LoadAsync(factory, id)).Reviews;
        var written = reviews.Single(r => r.Id == mine.Id);
        Assert.Equal(((bool?)true, "Заключение.", form.Scores.Sum()!.Value), (written.Recommended, written.Opinion, written.Total));
        Assert.Equal(form.Scores.Count, written.CriterionIds.Count);
        Assert.False(reviews.Single(r => r.Id == theirs.Id).IsWritten);
    }

    [Fact]
    public async Task A_score_above_the_criterions_maximum_or_no_conclusion_is_refused_and_nothing_is_written()
    {
        var (id, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        var review = (await PracticeArrange.LoadAsync(factory, id)).Reviews[0];
        var over = await PracticeArrange.ReviewAsync(factory);
        over.Scores[0] = 99;
        var undecided = await PracticeArrange.ReviewAsync(factory);
        undecided.Recommended = null;
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        var tooHigh = Assert.IsType<Outcome.Refusal>(await scope.Get<WriteReview>().HandleAsync(id, review.Id, over, default));
        var noDecision = Assert.IsType<Outcome.Refusal>(await scope.Get<WriteReview>().HandleAsync(id, review.Id, undecided, default));

        Assert.Equal("Оцените практику по каждому критерию — от 0 до максимального балла критерия.", tooHigh.Reason);
        Assert.StartsWith("Укажите вывод", noDecision.Reason, StringComparison.Ordinal);
        Assert.False((await PracticeArrange.LoadAsync(factory, id)).Reviews.Single(r => r.Id == review.Id).IsWritten);
    }

    [Fact]
    public async Task The_school_that_submitted_the_practice_writes_no_review()
    {
        var (id, _) = await PracticeArrange.UnderExpertiseAsync(factory);
        var review = (await PracticeArrange.LoadAsync(factory, id)).Reviews[0];
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.School));

        Assert.IsType<Outcome.Missing>(await scope.Get<WriteReview>().HandleAsync(id, review.Id, await PracticeArrange.ReviewAsync(factory), default));
    }

    /// <summary>A teacher's account for the expert's educator (as the system administrator would make it), signed in by its e-mail.</summary>
    internal static async Task<string> ExpertAccountAsync(PortalFactory factory, int educatorId)
    {
        var email = $"expert{educatorId}@demo.local";
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return email;
        }

        await using var db = factory.Db();
        var job = await db.Employments.AsNoTracking().FirstAsync(x => x.EducatorId == educatorId && x.IsMain);
        var user = new AppUser
        {
            UserName = email, Email = email, EmailConfirmed = true, FullName = "Эксперт", OrganizationId = job.OrganizationId, RegionId = job.RegionId,
            EducatorId = educatorId,
        };
        Assert.True((await users.CreateAsync(user, "Demo-2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, Roles.Teacher)).Succeeded);
        return email;
    }
}
