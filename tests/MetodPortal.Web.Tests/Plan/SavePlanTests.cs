using MetodPortal.Web.Areas.Plan.UseCases;
using MetodPortal.Web.Infrastructure;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Tests.Plan;

public sealed class SavePlanTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_ministry_makes_a_region_plan_the_coordinator_a_municipal_one_and_a_bad_period_is_refused()
    {
        var form = new PlanForm
        {
            Title = "План на 2027 год", ApprovedBy = "распоряжение № 1", From = new DateOnly(2027, 1, 1), To = new DateOnly(2027, 12, 31),
        };
        int regional, municipal;
        await using (var scope = factory.As(await factory.PrincipalAsync(PlanArrange.Ministry)))
        {
            regional = Assert.IsType<Outcome.Success>(await scope.Get<SavePlan>().HandleAsync(null, form, default)).Id!.Value;
            var invalid = Assert.IsType<Outcome.Invalidity>(await scope.Get<SavePlan>().HandleAsync(null,
                new PlanForm { Title = "План", ApprovedBy = "акт", From = new DateOnly(2027, 1, 1), To = new DateOnly(2026, 1, 1) }, default));
            Assert.Contains(invalid.Errors.Errors, e => e.ErrorMessage.StartsWith("Период плана", StringComparison.Ordinal));
        }

        await using (var scope = factory.As(await factory.PrincipalAsync("coordinator@demo.local")))
        {
            municipal = Assert.IsType<Outcome.Success>(await scope.Get<SavePlan>().HandleAsync(null, form, default)).Id!.Value;
            Assert.Equal(Outcome.NotFound, await scope.Get<SavePlan>().HandleAsync(regional, form, default)); // the region's plan is not the city's
        }

        await using var db = factory.Db();
        var coordinatorMunicipality = await db.Users.Where(u => u.Email == "coordinator@demo.local").Select(u => u.Organization!.MunicipalityId).SingleAsync();
        Assert.Null((await db.MeasurePlans.SingleAsync(p => p.Id == regional)).MunicipalityId);
        Assert.Equal(coordinatorMunicipality, (await db.MeasurePlans.SingleAsync(p => p.Id == municipal)).MunicipalityId);
    }
}
