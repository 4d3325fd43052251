namespace MetodPortal.Domain.Routes;

/// <summary>The kinds of the region's offers an ИОМ item can be done through.</summary>
public enum OfferKind
{
    Cohort = 1,
    Event = 2,
    Community = 3,

    /// <summary>An innovation or internship site (an organization's status).</summary>
    Site = 4,

    /// <summary>A mentor of the educator's organization: linking creates the pair in its mentoring programme.</summary>
    Mentor = 5,

    /// <summary>A published practice of the region's bank, studied as self-education.</summary>
    Practice = 6,
}

/// <summary>An offer of the region an item is linked to: its kind, its id, the day it ends, when it has one, and for a mentor the pair made
/// for the item.</summary>
public sealed record RouteOffer(OfferKind Kind, int Id, DateOnly? EndsOn = null, Mentoring.MentoringPair? Pair = null)
{
    /// <summary>The item points at the offer (and at nothing else), takes the offer's form of activity, and its deadline moves to the
    /// offer's end when that is inside the route's period.</summary>
    internal static void Link(RouteItem item, RouteOffer? offer, DateOnly periodTo)
    {
        item.CohortId = offer?.Kind == OfferKind.Cohort ? offer.Id : null;
        item.EventId = offer?.Kind == OfferKind.Event ? offer.Id : null;
        item.CommunityId = offer?.Kind == OfferKind.Community ? offer.Id : null;
        item.SiteId = offer?.Kind == OfferKind.Site ? offer.Id : null;
        item.PracticeId = offer?.Kind == OfferKind.Practice ? offer.Id : null;
        (item.PairId, item.Pair) = (null, offer?.Pair);
        if (offer is null)
        {
            return;
        }

        item.Form = offer.Kind switch
        {
            OfferKind.Cohort => ActivityForm.Courses,
            OfferKind.Event => ActivityForm.MethodicalEvent,
            OfferKind.Site => ActivityForm.Internship,
            OfferKind.Mentor => ActivityForm.Mentoring,
            OfferKind.Practice => ActivityForm.SelfEducation,
            _ => ActivityForm.Community,
        };
        if (offer.EndsOn is { } end && end <= periodTo)
        {
            item.Deadline = end;
        }
    }
}

/// <summary>The record that reports an item by itself, with the note the item shows for it.</summary>
public sealed record RecordEvidence(
    string Note, Programs.ProgramCompletion? Completion = null, Events.EventParticipation? Participation = null,
    Communities.CommunityMembership? Membership = null, bool ByPair = false);
