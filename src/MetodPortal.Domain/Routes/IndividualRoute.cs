using MetodPortal.Domain.Scoping;

namespace MetodPortal.Domain.Routes;

/// <summary>
/// An individual educational route (ИОМ): items that close an educator's deficits, usually based on a diagnostic,
/// followed by a tutor. Lifecycle and who may do what: <see cref="RouteRules"/>.
/// </summary>
public sealed class IndividualRoute : IEducatorOwned, IVersioned
{
    public uint Version { get; set; }

    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int? DiagnosticId { get; set; }

    /// <summary>The methodist (a user) who follows the route and confirms its items.</summary>
    public int? TutorUserId { get; set; }
    public DateOnly PeriodFrom { get; set; }
    public DateOnly PeriodTo { get; set; }
    public RouteStatus Status { get; set; } = RouteStatus.Draft;
    public string? Note { get; set; }

    public DateOnly? ApprovedOn { get; set; }
    public int? ApprovedByUserId { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public DateOnly? CancelledOn { get; set; }
    public string? CancelReason { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public Staff.Educator? Educator { get; set; }
    public Organizations.Organization? Organization { get; set; }
    public Diagnostics.Diagnostic? Diagnostic { get; set; }
    public List<RouteItem> Items { get; } = [];

    public bool IsClosed => Status is RouteStatus.Completed or RouteStatus.Cancelled;

    /// <summary>Approved or in progress: its items are reported and confirmed.</summary>
    public bool IsUnderWay => Status is RouteStatus.Approved or RouteStatus.InProgress;

    /// <summary>Whether the route's state offers the step (the page shows its button); the step itself may still be refused with a reason.</summary>
    public bool Can(RouteAction action) => action switch
    {
        RouteAction.Edit or RouteAction.Approve or RouteAction.Delete => Status == RouteStatus.Draft,
        RouteAction.Start or RouteAction.ReturnToDraft => Status == RouteStatus.Approved,
        RouteAction.Complete or RouteAction.Cancel => IsUnderWay,
        _ => false,
    };

    /// <summary>Whether the route's and the item's states offer the step on the item.</summary>
    public bool Can(RouteItemAction action, RouteItem item) => action switch
    {
        RouteItemAction.Edit or RouteItemAction.Remove => Status == RouteStatus.Draft,
        RouteItemAction.Report => IsUnderWay && item.Status == RouteItemStatus.Planned,
        RouteItemAction.Confirm or RouteItemAction.Cancel => IsUnderWay && item.Status is RouteItemStatus.Planned or RouteItemStatus.Reported,
        RouteItemAction.Return => IsUnderWay && item.Status == RouteItemStatus.Reported,
        RouteItemAction.Link => Status == RouteStatus.Draft || IsUnderWay && item.Status == RouteItemStatus.Planned,
        _ => false,
    };

    // The lifecycle's steps: each returns why it is refused (RouteRules) and changes nothing, or changes the route and returns null.

    /// <summary>A draft with items, a tutor and every deadline inside the period becomes «утверждён», on <paramref name="today"/>, by <paramref
    /// name="userId"/>.</summary>
    public string? Approve(DateOnly today, int? userId) =>
        Change(RouteRules.ApproveError(this), () => (Status, ApprovedOn, ApprovedByUserId) = (RouteStatus.Approved, today, userId));

    /// <summary>An approved route goes into work.</summary>
    public string? Start() => Change(RouteRules.StartError(this), () => Status = RouteStatus.InProgress);

    /// <summary>An approved or running route whose items are all closed, one at least done, is completed on <paramref name="today"/>.</summary>
    public string? Complete(DateOnly today) => Change(RouteRules.CompleteError(this), () => (Status, CompletedOn) = (RouteStatus.Completed, today));

    /// <summary>An approved route with nothing done yet goes back to draft, its approval forgotten.</summary>
    public string? ReturnToDraft() =>
        Change(RouteRules.ReturnToDraftError(this), () => (Status, ApprovedOn, ApprovedByUserId) = (RouteStatus.Draft, null, null));

    /// <summary>An open route is cancelled on <paramref name="today"/> with the reason; it stays in the educator's history.</summary>
    public string? Cancel(DateOnly today, string? reason) =>
        Change(RouteRules.CancelError(this, reason), () => (Status, CancelledOn, CancelReason) = (RouteStatus.Cancelled, today, reason!.Trim()));

    /// <summary>A new draft for <paramref name="educator"/>, with one item per deficit of <paramref name="diagnostic"/> for the methodist to refine.</summary>
    public static IndividualRoute Draft(Staff.Educator educator, Diagnostics.Diagnostic? diagnostic, RouteHeader header, DateTimeOffset now)
    {
        var route = new IndividualRoute { RegionId = educator.RegionId, EducatorId = educator.Id, DiagnosticId = diagnostic?.Id, CreatedAt = now };
        route.SetHeader(header);

        // The goal names the deficit's area, the deadline is the period's end, the expected result is the diagnostician's note.
        foreach (var deficit in diagnostic?.Deficits.OrderBy(x => x.CompetenceArea!.SortOrder) ?? Enumerable.Empty<Diagnostics.DiagnosticDeficit>())
        {
            route.Add(new RouteItem
            {
                CompetenceAreaId = deficit.CompetenceAreaId, Goal = $"Устранить дефицит: {deficit.CompetenceArea!.Name.ToLowerInvariant()}",
                Form = ActivityForm.Courses, Deadline = route.PeriodTo, ExpectedResult = deficit.Note,
            });
        }

        return route;
    }

    /// <summary>A draft's header changes; its items follow its organization.</summary>
    public string? Revise(RouteHeader header) => Change(RouteRules.EditError(this), () => SetHeader(header));

    /// <summary>A draft gets one more item, at the end.</summary>
    public string? AddItem(RouteItemPlan plan) => Change(RouteRules.EditError(this), () => Add(plan.ApplyTo(new RouteItem())));

    public string? ReviseItem(RouteItem item, RouteItemPlan plan) => Change(RouteRules.EditError(this), () => plan.ApplyTo(item));

    /// <summary>A draft's item is removed (an approved route's items are cancelled instead, with a reason).</summary>
    public string? RemoveItem(RouteItem item) => Change(RouteRules.EditError(this), () => Items.Remove(item));

    /// <summary>Every item is done or cancelled: the route may be completed.</summary>
    public bool AllItemsClosed => Items.All(i => i.Status is RouteItemStatus.Done or RouteItemStatus.Cancelled);

    /// <summary>
    /// The educator (or the tutor for them) reports an item done with a note or a file of evidence; the first report
    /// puts an approved route into work. The file's type and size are checked before (<see cref="RouteRules.EvidenceError"/>).
    /// </summary>
    public string? ReportItem(RouteItem item, string? note, DateOnly today, RouteEvidence? evidence) =>
        Change(RouteRules.ReportError(this, item, note, evidence is not null), () =>
        {
            (item.Status, item.ReportedOn, item.EvidenceNote, item.TutorComment) = (RouteItemStatus.Reported, today, FormText.OrNull(note), null);
            if (evidence is not null)
            {
                item.Attach(evidence);
            }

            if (Status == RouteStatus.Approved)
            {
                Status = RouteStatus.InProgress;
            }
        });

    /// <summary>
    /// The tutor confirms an item done: a reported one with an optional comment, a planned one with the evidence as the
    /// note; the first confirmation puts an approved route into work.
    /// </summary>
    public string? ConfirmItem(RouteItem item, string? note, DateOnly today, int? userId) =>
        Change(RouteRules.ConfirmError(this, item, note), () =>
        {
            if (item.Status == RouteItemStatus.Planned)
            {
                (item.EvidenceNote, item.ReportedOn) = (FormText.OrNull(note), today);
            }
            else if (FormText.OrNull(note) is { } comment)
            {
                item.TutorComment = comment;
            }

            (item.Status, item.ConfirmedOn, item.ConfirmedByUserId) = (RouteItemStatus.Done, today, userId);
            if (Status == RouteStatus.Approved)
            {
                Status = RouteStatus.InProgress;
            }
        });

    /// <summary>The item is to be done through <paramref name="offer"/> (or through nothing in particular, when null).</summary>
    public string? LinkItem(RouteItem item, RouteOffer? offer) =>
        Change(RouteRules.LinkError(this, item), () => RouteOffer.Link(item, offer, PeriodTo));

    /// <summary>
    /// The record the item was linked for has been made (a completion of its ДПП, a participation in its event, a membership
    /// of its community): a planned item of a route under way is reported with it as evidence; the tutor still confirms.
    /// </summary>
    /// <returns>Whether the item was reported.</returns>
    public bool ReportByRecord(RouteItem item, RecordEvidence evidence, DateOnly today)
    {
        if (!Can(RouteItemAction.Report, item))
        {
            return false;
        }

        (item.Status, item.ReportedOn, item.EvidenceNote, item.TutorComment) = (RouteItemStatus.Reported, today, evidence.Note, null);
        (item.Completion, item.Participation, item.Membership) = (evidence.Completion, evidence.Participation, evidence.Membership);
        item.ReportedByPair = evidence.ByPair;
        if (Status == RouteStatus.Approved)
        {
            Status = RouteStatus.InProgress;
        }

        return true;
    }

    /// <summary>The record that reported the item is removed: an item the tutor has not confirmed yet is planned again.</summary>
    /// <returns>Whether the report was withdrawn.</returns>
    public bool WithdrawRecord(RouteItem item)
    {
        if (item.Status != RouteItemStatus.Reported || !item.IsReportedByRecord)
        {
            return false;
        }

        (item.Status, item.ReportedOn, item.EvidenceNote) = (RouteItemStatus.Planned, null, null);
        (item.CompletionId, item.ParticipationId, item.MembershipId) = (null, null, null);
        (item.Completion, item.Participation, item.Membership, item.ReportedByPair) = (null, null, null, false);
        return true;
    }

    /// <summary>The tutor returns a reported item to the educator with what to finish.</summary>
    public string? ReturnItem(RouteItem item, string? comment) =>
        Change(RouteRules.ReturnItemError(this, item, comment),
            () => (item.Status, item.TutorComment, item.ReportedOn) = (RouteItemStatus.Planned, FormText.OrNull(comment), null));

    /// <summary>The tutor cancels an open item with the reason.</summary>
    public string? CancelItem(RouteItem item, string? reason) =>
        Change(RouteRules.CancelItemError(this, item, reason), () => (item.Status, item.TutorComment) = (RouteItemStatus.Cancelled, FormText.OrNull(reason)));

    private void SetHeader(RouteHeader header)
    {
        (OrganizationId, TutorUserId, PeriodFrom, PeriodTo, Note) = (header.OrganizationId, header.TutorUserId, header.PeriodFrom, header.PeriodTo,
            FormText.OrNull(header.Note));
        foreach (var item in Items)
        {
            item.OrganizationId = OrganizationId;
        }
    }

    private static string? Change(string? refusal, Action change)
    {
        if (refusal is null)
        {
            change();
        }

        return refusal;
    }

    /// <summary>Adds an item at the end; the item carries the route's region, organization and educator as keys of its own.</summary>
    public RouteItem Add(RouteItem item)
    {
        (item.RegionId, item.OrganizationId, item.EducatorId, item.RouteId) = (RegionId, OrganizationId, EducatorId, Id);
        item.SortOrder = Items.Count == 0 ? 1 : Items.Max(i => i.SortOrder) + 1;
        Items.Add(item);
        return item;
    }
}

/// <summary>The steps of a route that its card offers as buttons (<see cref="IndividualRoute.Can(RouteAction)"/>).</summary>
public enum RouteAction
{
    Edit,
    Approve,
    Delete,
    Start,
    ReturnToDraft,
    Complete,
    Cancel,
}

/// <summary>The steps on an item of a route (<see cref="IndividualRoute.Can(RouteItemAction, RouteItem)"/>).</summary>
public enum RouteItemAction
{
    Edit,
    Remove,
    Report,
    Confirm,
    Return,
    Cancel,

    /// <summary>Link the item to an offer of the region (<see cref="RouteOffer"/>), or unlink it.</summary>
    Link,
}

/// <summary>What a methodist sets in a route's header: its organization (one the educator works at), tutor, period and note.</summary>
public sealed record RouteHeader(int OrganizationId, int? TutorUserId, DateOnly PeriodFrom, DateOnly PeriodTo, string? Note);

/// <summary>What a methodist sets in a route's item: the deficit it closes, the goal, the form of activity, the deadline, the expected result.</summary>
public sealed record RouteItemPlan(int? CompetenceAreaId, string Goal, ActivityForm Form, DateOnly Deadline, string? ExpectedResult)
{
    internal RouteItem ApplyTo(RouteItem item)
    {
        (item.CompetenceAreaId, item.Goal, item.Form, item.Deadline, item.ExpectedResult) = (CompetenceAreaId, Goal.Trim(), Form, Deadline,
            FormText.OrNull(ExpectedResult));
        return item;
    }
}

/// <summary>One step of a route: the deficit it closes, the goal, the form of activity, the deadline, and its evidence.</summary>
public sealed class RouteItem : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int RouteId { get; set; }

    /// <summary>The competence area of the deficit it closes; null for an item not tied to a deficit.</summary>
    public int? CompetenceAreaId { get; set; }
    public string Goal { get; set; } = "";
    public ActivityForm Form { get; set; }
    public DateOnly Deadline { get; set; }
    public string? ExpectedResult { get; set; }
    public RouteItemStatus Status { get; set; } = RouteItemStatus.Planned;

    /// <summary>What the educator (or the tutor) wrote as proof of the work done.</summary>
    public string? EvidenceNote { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public DateOnly? ConfirmedOn { get; set; }
    public int? ConfirmedByUserId { get; set; }

    /// <summary>The tutor's word when returning the item for more work, or the reason it was cancelled.</summary>
    public string? TutorComment { get; set; }
    public int SortOrder { get; set; }

    // The region's offer the item is done through, at most one (RouteOffer): a ДПП cohort, an event, a community, a site, a mentor's pair or
    // a published practice of the bank to study.
    public int? CohortId { get; set; }
    public int? EventId { get; set; }
    public int? CommunityId { get; set; }
    public int? SiteId { get; set; }
    public int? PracticeId { get; set; }

    /// <summary>The mentoring pair made when a mentor was chosen for the item.</summary>
    public int? PairId { get; set; }

    // The record that reported the item by itself (RecordEvidence); null when it was reported by hand.
    public int? CompletionId { get; set; }
    public int? ParticipationId { get; set; }
    public int? MembershipId { get; set; }

    /// <summary>Reported by its pair closed with a result.</summary>
    public bool ReportedByPair { get; set; }

    public Diagnostics.CompetenceArea? CompetenceArea { get; set; }
    public Programs.ProgramCohort? Cohort { get; set; }
    public Events.MethodicalEvent? Event { get; set; }
    public Communities.Community? Community { get; set; }
    public Organizations.OrganizationStatus? Site { get; set; }
    public Practices.Practice? Practice { get; set; }
    public Mentoring.MentoringPair? Pair { get; set; }
    public Programs.ProgramCompletion? Completion { get; set; }
    public Events.EventParticipation? Participation { get; set; }
    public Communities.CommunityMembership? Membership { get; set; }

    public bool HasOffer => CohortId is not null || EventId is not null || CommunityId is not null || SiteId is not null || PairId is not null
        || Pair is not null || PracticeId is not null;

    public bool IsReportedByRecord => CompletionId is not null || ParticipationId is not null || MembershipId is not null || ReportedByPair
        || Completion is not null || Participation is not null || Membership is not null;
    public List<RouteEvidence> Evidence { get; } = [];

    public bool IsOverdue(DateOnly today) => Status is RouteItemStatus.Planned && Deadline < today;

    public RouteEvidence Attach(RouteEvidence file)
    {
        (file.RegionId, file.OrganizationId, file.EducatorId, file.RouteItemId) = (RegionId, OrganizationId, EducatorId, Id);
        Evidence.Add(file);
        return file;
    }
}

/// <summary>A file attached to an item as evidence (PDF, image or office document up to 10 MB), stored in the database.</summary>
public sealed class RouteEvidence : IEducatorOwned
{
    public int Id { get; set; }
    public int RegionId { get; set; }
    public int OrganizationId { get; set; }
    public int EducatorId { get; set; }
    public int RouteItemId { get; set; }
    public string FileName { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    public byte[] Content { get; set; } = [];
    public DateTimeOffset UploadedAt { get; set; }
    public int? UploadedByUserId { get; set; }
}
