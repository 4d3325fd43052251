using MetodPortal.Domain.Practices;
using MetodPortal.Web.Areas.Practices.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Practices.UseCases;

public sealed class RegisterExpertTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    internal static async Task<ExpertForm> FormAsync(PortalFactory factory, string school = Seeded.KhvGymnasium)
    {
        var organization = await factory.OrganizationAsync(school);
        await using var db = factory.Db();
        var educator = await db.Employments
            .Where(x => x.OrganizationId == organization.Id && x.EndDate == null && !db.Experts.Any(e => e.EducatorId == x.EducatorId))
            .OrderByDescending(x => x.Id).Select(x => x.EducatorId).FirstAsync();
        var area = await db.CompetenceAreas.OrderBy(a => a.SortOrder).Select(a => a.Id).FirstAsync();
        return new ExpertForm
        {
            OrganizationId = organization.Id, EducatorId = educator, CompetenceAreaIds = [area], Kinds = [ExpertiseKinds.Practices, ExpertiseKinds.Contests],
            OrderNumber = " 12-р ", OrderDate = new DateOnly(2026, 2, 1), ValidFrom = new DateOnly(2026, 2, 1),
        };
    }

    [Fact]
    public async Task The_region_includes_an_educator_once_with_their_fields_order_and_period()
    {
        var form = await FormAsync(factory);
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        var done = Assert.IsType<Outcome.Success>(await scope.Get<RegisterExpert>().HandleAsync(form, default));
        var again = Assert.IsType<Outcome.Invalidity>(await scope.Get<RegisterExpert>().HandleAsync(await Copy(form), default));

        Assert.Equal("Этот педагог уже в реестре экспертов.", Assert.Single(again.Errors.Errors).ErrorMessage);
        await using var db = factory.Db();
        var expert = await db.Experts.AsNoTracking().SingleAsync(e => e.Id == done.Id);
        Assert.Equal((form.EducatorId!.Value, ExpertiseKinds.Practices | ExpertiseKinds.Contests, "12-р", (DateOnly?)null),
            (expert.EducatorId, expert.Kinds, expert.OrderNumber, expert.ValidTo));
    }

    [Fact]
    public async Task No_kind_no_order_and_an_end_before_the_start_are_invalid()
    {
        var form = await FormAsync(factory, Seeded.KmsSchool);
        (form.Kinds, form.OrderNumber, form.ValidTo) = ([], "", new DateOnly(2025, 1, 1));
        await using var scope = factory.As(await factory.PrincipalAsync(PracticeArrange.Cnppm));

        var outcome = Assert.IsType<Outcome.Invalidity>(await scope.Get<RegisterExpert>().HandleAsync(form, default));

        Assert.Equal(
            ["Окончание срока раньше его начала.", "Отметьте хотя бы один вид экспертной деятельности.", "Укажите номер приказа о включении в реестр."],
            outcome.Errors.Errors.Select(e => e.ErrorMessage).Order(StringComparer.Ordinal));
    }

    private static Task<ExpertForm> Copy(ExpertForm f) => Task.FromResult(new ExpertForm
    {
        OrganizationId = f.OrganizationId, EducatorId = f.EducatorId, CompetenceAreaIds = f.CompetenceAreaIds, Kinds = f.Kinds, OrderNumber = "13-р",
        OrderDate = f.OrderDate, ValidFrom = f.ValidFrom,
    });
}
