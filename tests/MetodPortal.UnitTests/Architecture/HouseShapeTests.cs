using System.Text.RegularExpressions;
using MetodPortal.Testing;

namespace MetodPortal.UnitTests.Architecture;

/// <summary>
/// The shape docs/architecture.md and docs/contributing.md promise, checked on the source: a state change is a use
/// case (controllers bind, call and answer), every use case has its test file, the scope filter is bypassed only in
/// the listed places, a file is named for the type it holds, and lines stay within the editor's rule.
/// </summary>
public sealed partial class HouseShapeTests
{
    private const int MaxControllerLines = 300;
    private const int MaxLineLength = 160;

    /// <summary>The places docs/architecture.md lists where <c>IgnoreQueryFilters</c> may read around the scope.</summary>
    private static readonly string[] AroundTheScope =
    [
        "src/MetodPortal.Data/Scoping/ScopeGuardInterceptor.cs",
        "src/MetodPortal.Web/Infrastructure/PortalClaimsFactory.cs",
        "src/MetodPortal.Web/Infrastructure/PublicNames.cs",
        "src/MetodPortal.Web/Notifications/Notices.cs",
        "src/MetodPortal.Web/Areas/Staff/UseCases/RegionRegistry.cs",
        "src/MetodPortal.Web/Areas/Events/UseCases/DeleteEvent.cs",
        "src/MetodPortal.Web/Areas/Mentoring/UseCases/MunicipalMentors.cs",
        "src/MetodPortal.Web/Areas/Routes/UseCases/CohortSeats.cs",
    ];

    private static IEnumerable<string> Sources(params string[] roots) =>
        roots.SelectMany(root => Directory.EnumerateFiles(Path.Combine(Repository.Root, root), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}Migrations{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(Repository.Root, path).Replace('\\', '/');

    /// <summary>The code of a file without its comments, so that a rule is about what runs, not what is explained.</summary>
    private static string Code(string path) => string.Join('\n', File.ReadLines(path).Select(l => CommentPattern().Replace(l, "")));

    private static IEnumerable<string> Controllers() => Sources("src/MetodPortal.Web").Where(f => f.Contains("/Controllers/",
        StringComparison.Ordinal) && f.EndsWith("Controller.cs", StringComparison.Ordinal));

    [Fact]
    public void No_controller_saves_changes_itself()
    {
        var saving = Sources("src/MetodPortal.Web").Where(f => f.Contains("/Controllers/", StringComparison.Ordinal)
            && Code(f).Contains("SaveChanges", StringComparison.Ordinal));
        Assert.Empty(saving.Select(Relative));
    }

    [Fact]
    public void No_controller_is_longer_than_the_rule()
    {
        var longer = Controllers().Select(f => (File: Relative(f), Lines: File.ReadAllLines(f).Length)).Where(c => c.Lines > MaxControllerLines);
        Assert.Empty(longer);
    }

    [Fact]
    public void Every_use_case_that_changes_state_has_a_test_file_of_its_name()
    {
        var tests = Sources("tests").Select(Path.GetFileNameWithoutExtension).ToHashSet(StringComparer.Ordinal);
        var useCases = Sources("src/MetodPortal.Web/Areas")
            .Where(f => f.Contains("/UseCases/", StringComparison.Ordinal))
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Code: Code(f)))
            .Where(u => Regex.IsMatch(u.Code, $@"\bclass {u.Name}\(") && u.Code.Contains(" HandleAsync(", StringComparison.Ordinal))
            .Select(u => u.Name)
            .ToList();

        Assert.NotEmpty(useCases);
        var untested = useCases.Where(name => !tests.Contains(name + "Tests")).ToList();
        Assert.Empty(untested);
    }

    [Fact]
    public void The_scope_filter_is_bypassed_only_in_the_listed_places()
    {
        var bypassing = Sources("src").Where(f => Code(f).Contains("IgnoreQueryFilters", StringComparison.Ordinal)).Select(Relative).ToList();
        Assert.Equal(AroundTheScope.Order(StringComparer.Ordinal), bypassing);
    }

    [Fact]
    public void Every_file_is_named_for_a_type_it_holds()
    {
        var misnamed = Sources("src").Where(f =>
        {
            var name = Path.GetFileNameWithoutExtension(f).Split('.')[0];
            return name != "Program" && !Regex.IsMatch(Code(f), $@"\b(class|record|struct|interface|enum)\s+{name}\b");
        });
        Assert.Empty(misnamed.Select(Relative));
    }

    [Fact]
    public void No_line_is_longer_than_the_editorconfig_rule()
    {
        Assert.Contains($"max_line_length = {MaxLineLength}", File.ReadAllText(Path.Combine(Repository.Root, ".editorconfig")), StringComparison.Ordinal);
        var longer = Sources("src", "tests", "bench")
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Relative(f), Line: i + 1, line.Length)))
            .Where(l => l.Length > MaxLineLength);
        Assert.Empty(longer);
    }

    [GeneratedRegex(@"^\s*//.*$")]
    private static partial Regex CommentPattern();
}
