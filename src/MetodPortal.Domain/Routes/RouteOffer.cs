namespace MetodPortal.Domain.Routes;

/// <summary>The kinds of the region's offers an ИОМ item can be done through.</summary>
public enum OfferKind
{
    Cohort = 1,
    Event = 2,
    Community = 3,
}

/// <summary>An offer of the region an item is linked to: its kind, its id, and the day it ends, when it has one.</summary>
public sealed record RouteOffer(OfferKind Kind, int Id, DateOnly? EndsOn = null)
{
    /// <summary>The item points at the offer (and at nothing else), takes the offer's form of activity, and its deadline moves to the
    /// offer's end when that is inside the route's period.</summary>
    internal static void Link(RouteItem item, RouteOffer? offer, DateOnly periodTo)
    {
        item.CohortId = offer?.Kind == OfferKind.Cohort ? offer.Id : null;
        item.EventId = offer?.Kind == OfferKind.Event ? offer.Id : null;
        item.CommunityId = offer?.Kind == OfferKind.Community ? offer.Id : null;
        if (offer is null)
        {
            return;
        }

        item.Form = offer.Kind switch
        {
            OfferKind.Cohort => ActivityForm.Courses,
            OfferKind.Event => ActivityForm.MethodicalEvent,
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
    Communities.CommunityMembership? Membership = null);
