using MetodPortal.Data.Notifications;
using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using MetodPortal.Web.Tests.Practices;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Notifications;

/// <summary>The steps of a practice tell whom they concern: ЦНППМ of a submission, each expert of their review to write, the school of the outcome.</summary>
public sealed class PracticeNoticesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_practice_on_its_way_notifies_the_centre_the_teacher_expert_and_the_school()
    {
        var id = await PracticeArrange.DraftAsync(factory, school: Seeded.KmsSchool, email: "school2@demo.local");
        await using var db = factory.Db();
        var teacher = await db.Users.Where(u => u.Email == "teacher@demo.local").Select(u => new { u.Id, u.EducatorId }).SingleAsync();
        var experts = await db.Experts.Where(e => (e.Kinds & ExpertiseKinds.Practices) != 0 && e.Organization!.Municipality!.Code == "KHV")
            .OrderBy(e => e.EducatorId != teacher.EducatorId).Select(e => e.Id).Take(2).ToListAsync();
        await using (var school = factory.As(await factory.PrincipalAsync("school2@demo.local")))
        {
            Assert.IsType<Outcome.Success>(await school.Get<SubmitPractice>().HandleAsync(id, default));
        }

        await using (var cnppm = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm)))
        {
            Assert.IsType<Outcome.Success>(await cnppm.Get<StartExpertise>().HandleAsync(id, experts, default));
            Assert.IsType<Outcome.Success>(await cnppm.Get<ReturnPractice>().HandleAsync(id, "Приложите программу.", default));
        }

        var url = $"/practices/{id}";
        var notices = await db.Notifications.Where(n => n.Url != null && n.Url.StartsWith(url)).Select(n => new { n.UserId, n.Kind, n.Url, n.Text })
            .ToListAsync();
        var centre = await db.Users.Where(u => u.Email == PracticeArrange.Cnppm).Select(u => u.Id).SingleAsync();
        var admin = await db.Users.Where(u => u.Email == "school2@demo.local").Select(u => u.Id).SingleAsync();
        var review = await db.PracticeReviews.Where(r => r.PracticeId == id && r.ExpertEducatorId == teacher.EducatorId).Select(r => r.Id).SingleAsync();
        Assert.Contains(notices, n => n.UserId == centre && n.Kind == NoticeKind.PracticeSubmitted);
        Assert.Contains(notices, n => n.UserId == teacher.Id && n.Kind == NoticeKind.PracticeToReview && n.Url == $"{url}/reviews/{review}");
        Assert.Contains(notices, n => n.UserId == admin && n.Kind == NoticeKind.PracticeReturned
            && n.Text.EndsWith("Приложите программу.", StringComparison.Ordinal));
    }
}
