namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// What a use case that changes state answers: the record is not there (or not in the user's scope), the form is
/// invalid (its validator's errors), the change is refused with a reason, or it is done with a message for the user.
/// The controller maps it to 404, the form again with the errors, the page again with the reason (409), or a redirect
/// with a flash.
/// </summary>
public abstract record Outcome
{
    public static readonly Outcome NotFound = new Missing();

    public static Outcome Refused(string reason) => new Refusal(reason);

    /// <param name="id">The record made, or the one the user goes to next, when the page needs it.</param>
    public static Outcome Done(string message, int? id = null) => new Success(message, id);

    public static Outcome Invalid(FluentValidation.Results.ValidationResult errors) => new Invalidity(errors);

    public sealed record Missing : Outcome;

    public sealed record Refusal(string Reason) : Outcome;

    public sealed record Success(string Message, int? Id = null) : Outcome;

    public sealed record Invalidity(FluentValidation.Results.ValidationResult Errors) : Outcome;
}
