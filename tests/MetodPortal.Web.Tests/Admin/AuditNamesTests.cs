using MetodPortal.Data;
using MetodPortal.Data.Auditing;
using MetodPortal.Data.Scoping;
using MetodPortal.Domain.Audit;
using MetodPortal.Web.Areas.Admin.UseCases;

namespace MetodPortal.Web.Tests.Admin;

/// <summary>The change log speaks Russian: every record type the audit writes, and every field of it, has a name an official reads.</summary>
public sealed class AuditNamesTests
{
    [Fact]
    public void Every_audited_type_and_field_has_a_russian_name()
    {
        using var db = PortalData.CreateContext("Host=localhost;Database=model-only", CurrentUser.System);
        var missing = new List<string>();
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !typeof(IUnaudited).IsAssignableFrom(t.ClrType)
            && t.ClrType != typeof(AuditEntry) && !t.HasSharedClrType))
        {
            var name = AuditInterceptor.EntityName(type.ClrType);
            if (!IsRussian(AuditNames.OfType(name), name))
            {
                missing.Add(name);
            }

            var fields = type.GetProperties().Select(p => p.Name)
                .Concat(type.GetComplexProperties().SelectMany(c => c.ComplexType.GetProperties().Select(p => $"{c.Name}.{p.Name}")));
            missing.AddRange(fields.Where(field => !IsRussian(AuditNames.OfField(name, field), field)).Select(field => $"{name}.{field}"));
        }

        Assert.True(missing.Count == 0, "Без русского названия:\n" + string.Join("\n", missing));
    }

    /// <summary>A Russian name, not the code's name in other letters («Документ Word» is Russian; «Title» and «Статус Status» are not).</summary>
    private static bool IsRussian(string? text, string code) =>
        text is not null && text.Any(c => c is >= 'а' and <= 'я' or >= 'А' and <= 'Я') && !text.Contains(code.Split('.')[^1], StringComparison.Ordinal);
}
