using MetodPortal.Data;
using MetodPortal.Domain;
using MetodPortal.Domain.Mentoring;
using MetodPortal.Domain.Staff;
using MetodPortal.Web.Areas.Mentoring.UseCases;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Staff.UseCases;

public enum TimelineKind
{
    Employment,
    Diagnostic,
    Route,
    Mentoring,
    Community,
    Course,
    Event,
}

/// <summary>One dated fact of an educator's professional life; <see cref="CompletionId"/> is set for a ДПП completion, which the card can delete.</summary>
public sealed record TimelineEntry(DateOnly Date, TimelineKind Kind, string Title, string? Detail, string? Link, int? CompletionId = null);

/// <summary>
/// The whole picture of a person on their card: employments, diagnostics, routes, mentoring pairs, communities,
/// courses and events, latest first. Every source is read through the scope filters, so the card shows only what the
/// user may see.
/// </summary>
public static class EducatorTimeline
{
    /// <param name="educator">The card's person, already read: the words agree with their name («Наставляемая»).</param>
    public static async Task<List<TimelineEntry>> LoadAsync(PortalDbContext db, Educator educator, CancellationToken ct)
    {
        var educatorId = educator.Id;
        var entries = new List<TimelineEntry>();
        foreach (var job in await db.Employments.AsNoTracking().Where(x => x.EducatorId == educatorId)
            .Select(x => new { x.StartDate, x.EndDate, x.OrganizationId, Organization = x.Organization!.ShortName ?? x.Organization.Name,
                x.Position }).ToListAsync(ct))
        {
            if (job.StartDate is { } start)
            {
                entries.Add(new(start, TimelineKind.Employment, $"Начало работы: {job.Organization}", Domain.Staff.StaffCatalogs.Name(job.Position),
                    $"/organizations/{job.OrganizationId}"));
            }

            if (job.EndDate is { } end)
            {
                entries.Add(new(end, TimelineKind.Employment, $"Окончание работы: {job.Organization}", null, $"/organizations/{job.OrganizationId}"));
            }
        }

        entries.AddRange((await db.Diagnostics.AsNoTracking().Where(d => d.EducatorId == educatorId)
                .Select(d => new { d.Id, d.Date, d.Instrument!.Title, Deficits = d.Deficits.Count }).ToListAsync(ct))
            .Select(d => new TimelineEntry(d.Date, TimelineKind.Diagnostic, $"Диагностика: {d.Title}", $"дефицитов: {d.Deficits}", $"/diagnostics/{d.Id}")));
        entries.AddRange((await db.Routes.AsNoTracking().Where(r => r.EducatorId == educatorId)
                .Select(r => new { r.Id, r.PeriodFrom, r.PeriodTo, r.Status, Items = r.Items.Count }).ToListAsync(ct))
            .Select(r => new TimelineEntry(r.PeriodFrom, TimelineKind.Route, $"ИОМ на {Display.Date(r.PeriodFrom)} — {Display.Date(r.PeriodTo)}",
                $"{DisplayNames.Of(r.Status)}, пунктов: {r.Items}", $"/routes/{r.Id}")));
        var pairs = await db.MentoringPairs.AsNoTracking().Where(p => p.MentorId == educatorId || p.MenteeId == educatorId)
            .Select(p => new
            {
                p.ProgramId, p.PeriodFrom, p.PeriodTo, p.Status, p.Form, p.MentorId,
                Mentee = p.Mentee != null ? p.Mentee.FullName : p.StudentName + " (студент)",
            }).ToListAsync(ct);
        var mentors = await MunicipalMentors.OfPairsAsync(db, pairs.Select(p => p.MentorId), ct);
        var feminine = RussianGender.IsFeminine(educator.LastName, educator.MiddleName);
        entries.AddRange(pairs
            .Select(p => new TimelineEntry(p.PeriodFrom, TimelineKind.Mentoring,
                p.MentorId == educatorId ? $"Наставник: {p.Mentee}"
                    : $"{RussianGender.Agree(feminine, "Наставляемая", "Наставляемый")}, наставник — {PairMentor.NameOf(mentors, p.MentorId)}",
                $"{DisplayNames.Of(p.Form)}; {Display.Date(p.PeriodFrom)} — {Display.Date(p.PeriodTo)}; {DisplayNames.Of(p.Status)}",
                    $"/mentoring/{p.ProgramId}")));
        entries.AddRange((await db.CommunityMemberships.AsNoTracking().Where(m => m.EducatorId == educatorId)
                .Select(m => new { m.CommunityId, m.From, m.To, m.Role, m.Community!.Title }).ToListAsync(ct))
            .Select(m => new TimelineEntry(m.From, TimelineKind.Community, $"Сообщество: {m.Title}",
                DisplayNames.Of(m.Role) + (m.To is null ? "" : $", по {Display.Date(m.To)}"), $"/communities/{m.CommunityId}")));
        entries.AddRange((await db.ProgramCompletions.AsNoTracking().Where(c => c.EducatorId == educatorId)
                .Select(c => new { c.Id, c.ProgramId, c.CompletedOn, c.Program!.Title, c.Program.Hours, c.CertificateNumber }).ToListAsync(ct))
            .Select(c => new TimelineEntry(c.CompletedOn, TimelineKind.Course, $"Курсы ДПП: {c.Title} ({c.Hours} ч)",
                c.CertificateNumber is null ? null : $"удостоверение № {c.CertificateNumber}", $"/programs/{c.ProgramId}", c.Id)));
        entries.AddRange((await db.EventParticipations.AsNoTracking().Where(p => p.EducatorId == educatorId)
                .Select(p => new { p.EventId, p.Event!.StartsOn, p.Event.Title, p.Event.Form, p.Role }).ToListAsync(ct))
            .Select(p => new TimelineEntry(p.StartsOn, TimelineKind.Event, $"Мероприятие: {p.Title}", $"{DisplayNames.Of(p.Form)}; {DisplayNames.Of(p.Role)}",
                $"/events/{p.EventId}")));
        return [.. entries.OrderByDescending(e => e.Date).ThenBy(e => e.Kind)];
    }

    public static string Icon(TimelineKind kind) => kind switch
    {
        TimelineKind.Employment => "bi-briefcase",
        TimelineKind.Diagnostic => "bi-clipboard2-pulse",
        TimelineKind.Route => "bi-signpost-split",
        TimelineKind.Mentoring => "bi-people",
        TimelineKind.Community => "bi-diagram-3",
        TimelineKind.Course => "bi-mortarboard",
        _ => "bi-calendar-event",
    };
}
