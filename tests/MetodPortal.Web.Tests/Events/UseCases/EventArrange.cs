using MetodPortal.Domain.Communities;
using MetodPortal.Domain.Events;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using EventForm = MetodPortal.Web.Areas.Events.UseCases.EventForm;

namespace MetodPortal.Web.Tests.Events.UseCases;

/// <summary>A municipal contest organized by the city's МАУ «ЦРО» in November 2026, and its participants from the demo school.</summary>
internal static class EventArrange
{
    public const string Organizer = "МАУ «ЦРО»";
    public const string Methodist = "methodist@demo.local";

    public static EventForm Form(int organizerId) => new()
    {
        OrganizationId = organizerId, Title = " Педагог года — 2027 ", Kind = Domain.Events.EventForm.Contest, Level = SupportLevel.Municipal,
        StartsOn = new DateOnly(2026, 11, 10), EndsOn = new DateOnly(2026, 11, 12), Place = "Хабаровск, ул. Ленина, 1",
    };

    public static async Task<MethodicalEvent> EventAsync(PortalFactory factory)
    {
        var organizer = await factory.OrganizationAsync(Organizer);
        await using var db = factory.Db();
        var e = new MethodicalEvent { RegionId = organizer.RegionId, OrganizationId = organizer.Id, MunicipalityId = organizer.MunicipalityId };
        Form(organizer.Id).ApplyTo(e);
        db.MethodicalEvents.Add(e);
        await db.SaveChangesAsync();
        return e;
    }

    public static async Task<EventParticipation> ParticipantAsync(PortalFactory factory, MethodicalEvent e, int staffIndex, ParticipationRole role)
    {
        var school = await factory.OrganizationAsync(Seeded.KhvSchool);
        var educator = (await factory.StaffOfAsync(Seeded.KhvSchool))[staffIndex];
        await using var db = factory.Db();
        var participation = new EventParticipation { RegionId = e.RegionId, EventId = e.Id, OrganizationId = school.Id, EducatorId = educator.Id, Role = role };
        db.EventParticipations.Add(participation);
        await db.SaveChangesAsync();
        return participation;
    }

    public static async Task<MethodicalEvent?> ReloadAsync(PortalFactory factory, int id)
    {
        await using var db = factory.Db();
        return await db.MethodicalEvents.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id);
    }
}
