using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices;

/// <summary>Practices at each step of their way, made through the use cases as the demo users would: the school of Хабаровск drafts and
/// submits, ЦНППМ sends to two experts of other schools.</summary>
internal static class PracticeArrange
{
    public const string School = "school@demo.local";
    public const string Cnppm = "cnppm@demo.local";

    public static async Task<PracticeForm> FormAsync(PortalFactory factory, string school = Seeded.KhvSchool, string title = "Практика для проверки")
    {
        var organization = await factory.OrganizationAsync(school);
        var staff = await factory.StaffOfAsync(school);
        await using var db = factory.Db();
        var area = await db.CompetenceAreas.Where(a => a.RegionId == organization.RegionId).OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
        return new PracticeForm
        {
            OrganizationId = organization.Id, Title = title, Kind = PracticeKind.Pedagogical, Level = Domain.Communities.SupportLevel.Institutional,
            Description = "Цель, содержание и результаты.", CompetenceAreaIds = [area], AuthorIds = [staff[^1].Id, staff[^2].Id],
            Links = "https://example.org/a\nhttps://example.org/b",
        };
    }

    public static async Task<int> DraftAsync(
        PortalFactory factory, string email = School, string school = Seeded.KhvSchool, string title = "Практика для проверки")
    {
        var form = await FormAsync(factory, school, title);
        await using var scope = factory.As(await factory.PrincipalAsync(email));
        return Assert.IsType<Outcome.Success>(await scope.Get<DraftPractice>().HandleAsync(form, default)).Id!.Value;
    }

    public static async Task<int> SubmittedAsync(PortalFactory factory, string email = School, string school = Seeded.KhvSchool)
    {
        var id = await DraftAsync(factory, email, school);
        await using var scope = factory.As(await factory.PrincipalAsync(email));
        Assert.IsType<Outcome.Success>(await scope.Get<SubmitPractice>().HandleAsync(id, default));
        return id;
    }

    /// <summary>Two demo experts of practices in force who work neither at the practice's organization nor in it.</summary>
    public static async Task<List<Expert>> ExpertsForAsync(PortalFactory factory, int practiceId)
    {
        await using var db = factory.Db();
        var practice = await db.Practices.AsNoTracking().SingleAsync(p => p.Id == practiceId);
        return await db.Experts.AsNoTracking()
            .Where(e => e.OrganizationId != practice.OrganizationId && (e.Kinds & ExpertiseKinds.Practices) == ExpertiseKinds.Practices
                && !db.Employments.Any(x => x.EducatorId == e.EducatorId && x.OrganizationId == practice.OrganizationId))
            .OrderBy(e => e.Id).Take(2).ToListAsync();
    }

    public static async Task<(int Id, List<Expert> Experts)> UnderExpertiseAsync(PortalFactory factory)
    {
        var id = await SubmittedAsync(factory);
        var experts = await ExpertsForAsync(factory, id);
        await using var scope = factory.As(await factory.PrincipalAsync(Cnppm));
        Assert.IsType<Outcome.Success>(await scope.Get<StartExpertise>().HandleAsync(id, [.. experts.Select(e => e.Id)], default));
        return (id, experts);
    }

    /// <summary>A complete review: every criterion scored (its maximum less one, at least 0), recommended, with an opinion.</summary>
    public static async Task<ReviewForm> ReviewAsync(PortalFactory factory, bool recommended = true)
    {
        await using var db = factory.Db();
        var criteria = await db.PracticeCriteria.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id).ToListAsync();
        return new ReviewForm { Scores = [.. criteria.Select(c => (int?)Math.Max(0, c.MaxScore - 1))], Recommended = recommended, Opinion = "Заключение." };
    }

    /// <summary>The reviews of the practice's current round, as ЦНППМ writes them on the experts' behalf.</summary>
    public static async Task WriteAllReviewsAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        var practice = await db.Practices.AsNoTracking().Include(p => p.Reviews).SingleAsync(p => p.Id == id);
        var form = await ReviewAsync(factory);
        foreach (var review in practice.Reviews.Where(r => r.Round == practice.Round))
        {
            await using var scope = factory.As(await factory.PrincipalAsync(Cnppm));
            Assert.IsType<Outcome.Success>(await scope.Get<WriteReview>().HandleAsync(id, review.Id, form, default));
        }
    }

    public static async Task<Practice> LoadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.Practices.AsNoTracking().Include(p => p.Reviews).Include(p => p.Files).SingleAsync(p => p.Id == id);
    }
}
