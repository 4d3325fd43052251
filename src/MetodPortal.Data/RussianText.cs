using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query.SqlExpressions;

namespace MetodPortal.Data;

/// <summary>
/// Russian text as people sort and search it. Names sort in the <see cref="Collation"/> (ICU's Russian: Елисеева,
/// Ёлкина, Жуков — not Ё after Я as in C.UTF-8). Searches compare ё as е (people write «Ёлкина» and «Елкина» alike), case aside by ILIKE.
/// <see cref="Folded"/> is PostgreSQL's <c>translate(text, 'Ёё', 'Ее')</c> inside a query and <see cref="Fold"/> the same in C#
/// for the pattern.
/// </summary>
public static class RussianText
{
    /// <summary>PostgreSQL's ICU collation for Russian, shipped with PostgreSQL 15 (no extension to create).</summary>
    public const string Collation = "ru-RU-x-icu";

    private const string From = "Ёё";
    private const string To = "Ее";

    public static string Fold(string text) => text.Replace('Ё', 'Е').Replace('ё', 'е');

    /// <summary>Only inside a LINQ query (translated to SQL).</summary>
    [return: NotNullIfNotNull(nameof(text))]
    public static string? Folded(string? text) => throw new InvalidOperationException($"{nameof(RussianText)}.{nameof(Folded)} runs only in queries: {text}");

    internal static void Register(ModelBuilder builder) =>
        builder.HasDbFunction(typeof(RussianText).GetMethod(nameof(Folded))!)
            .HasTranslation(args => new SqlFunctionExpression(
                "translate", [args[0], new SqlConstantExpression(From, args[0].TypeMapping), new SqlConstantExpression(To, args[0].TypeMapping)],
                nullable: true, argumentsPropagateNullability: [true, false, false], typeof(string), args[0].TypeMapping));
}
