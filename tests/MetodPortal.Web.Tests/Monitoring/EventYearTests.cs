using MetodPortal.Data.Monitoring;
using MetodPortal.Domain.Events;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Tests.Infrastructure;

namespace MetodPortal.Web.Tests.Monitoring;

/// <summary>An event for young teachers counts in every year it overlaps, not only the year it starts in.</summary>
public sealed class EventYearTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task An_event_spanning_New_Year_counts_for_its_participants_in_both_years()
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        await using var db = factory.Db();

        // A young teacher there since 2023, in no event yet.
        var young = new Educator
        {
            RegionId = school.RegionId, LastName = "Зимина", FirstName = "Алина", MiddleName = "Олеговна", BirthDate = new DateOnly(2000, 5, 5),
            Position = Position.Teacher, ProfessionStartDate = new DateOnly(2023, 9, 1),
            MatchKey = EducatorIdentity.MatchKey("Зимина", "Алина", "Олеговна", new DateOnly(2000, 5, 5)),
        };
        db.Educators.Add(young);
        db.Employments.Add(new Employment { RegionId = school.RegionId, OrganizationId = school.Id, Educator = young, Position = Position.Teacher,
            StartDate = new DateOnly(2023, 9, 1) });
        await db.SaveChangesAsync();
        async Task<bool> CountedAsync(int year) =>
            (await RegistryIndicators.PeopleAsync(db, school.RegionId, year, new DateOnly(year, 12, 31), 4, true, school.Id, null, default)).Contains(young.Id);
        Assert.False(await CountedAsync(2026));

        var winterSchool = new MethodicalEvent
        {
            RegionId = school.RegionId, OrganizationId = school.Id, MunicipalityId = school.MunicipalityId, Title = "Зимняя школа молодого педагога",
            Form = EventForm.Seminar, Level = Domain.Communities.SupportLevel.Institutional,
            StartsOn = new DateOnly(2025, 12, 29), EndsOn = new DateOnly(2026, 1, 10), Place = "СШ № 12", ForYoungTeachers = true,
        };
        db.MethodicalEvents.Add(winterSchool);
        db.EventParticipations.Add(new EventParticipation { RegionId = school.RegionId, OrganizationId = school.Id, EducatorId = young.Id,
            Event = winterSchool });
        await db.SaveChangesAsync();

        Assert.True(await CountedAsync(2025));
        Assert.True(await CountedAsync(2026));
        Assert.False(await CountedAsync(2024));
    }
}
