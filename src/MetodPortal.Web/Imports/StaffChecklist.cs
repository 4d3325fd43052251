using MetodPortal.Web.Choices;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace MetodPortal.Web.Imports;

/// <summary>
/// An organization's staff with check boxes (<c>_StaffChecklist</c>), for a <see cref="BulkEntry{TForm}"/>: who may be ticked, who is
/// already in (shown, not offered), who was ticked, and each person's errors next to their name.
/// </summary>
/// <param name="Field">The name the ticked ids are posted under.</param>
public sealed record StaffChecklist(
    string Field, IReadOnlyList<Choice> Staff, IReadOnlySet<int> Taken, IReadOnlySet<int> Picked, IReadOnlyDictionary<int, string[]> Errors)
{
    /// <summary>
    /// The list after a refused entry: an error of the person (<paramref name="person"/>, or of the pair as a whole) stands at the ticked
    /// name it concerns (the entry's row is the tick's place in <paramref name="picked"/>); an error of a shared field goes to the field.
    /// </summary>
    public static StaffChecklist Of(string field, IReadOnlyList<Choice> staff, IEnumerable<int> taken, IReadOnlyList<int> picked, ImportResult? refused,
        string person, ModelStateDictionary state)
    {
        var errors = refused?.Errors ?? [];
        foreach (var shared in errors.Where(e => e.Column != person && e.Column != "").DistinctBy(e => (e.Column, e.Message)))
        {
            state.AddModelError(shared.Column, shared.Message);
        }

        if (errors.Count == 1 && errors[0].Row == 0)
        {
            state.AddModelError(field, errors[0].Message);
        }

        var atPeople = errors.Where(e => e.Row > 0 && e.Row <= picked.Count && (e.Column == person || e.Column == ""))
            .GroupBy(e => picked[e.Row - 1]).ToDictionary(g => g.Key, g => g.Select(e => e.Message).Distinct().ToArray());
        var names = staff.ToDictionary(c => c.Id, c => c.Name);
        foreach (var (id, messages) in atPeople)
        {
            state.AddModelError(field, $"{names.GetValueOrDefault(id, "Педагог")}: {string.Join(" ", messages)}");
        }

        return new StaffChecklist(field, staff, taken.ToHashSet(), picked.ToHashSet(), atPeople);
    }

    /// <summary>The staff whose name holds the searched words.</summary>
    public static List<Choice> Narrowed(List<Choice> staff, string? query) =>
        string.IsNullOrWhiteSpace(query) ? staff : [.. staff.Where(s => s.Name.Contains(query.Trim(), StringComparison.OrdinalIgnoreCase))];
}
