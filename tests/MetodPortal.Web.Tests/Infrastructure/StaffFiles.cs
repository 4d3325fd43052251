using System.Net.Http.Headers;
using MetodPortal.Reports.Excel;
using MetodPortal.Web.Areas.Staff.UseCases;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>Real .xlsx files for the import tests, and the multipart POST a browser sends.</summary>
public static class StaffFiles
{
    public static byte[] Xlsx(IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<XlsxColumn>? columns = null)
    {
        using var stream = new MemoryStream();
        using (var writer = new XlsxWriter(stream))
        {
            writer.AddSheet("Сотрудники", columns ?? StaffSheet.Template, rows);
        }

        return stream.ToArray();
    }

    /// <summary>A template row: last, first, middle name, birth date, position, head, category, its date, start, number, e-mail.</summary>
    public static object?[] Row(string last, string first, DateOnly birth, string position = "учитель", string? number = null, string head = "нет",
        string category = "первая", object? professionStart = null, string? middle = "Ивановна", object? categoryDate = null) =>
        [last, first, middle, birth, position, head, category, categoryDate ?? new DateOnly(2024, 3, 1), professionStart ?? new DateOnly(2010, 9, 1),
            number, null];

    public static async Task<HttpResponseMessage> ImportAsync(this PortalClient client, byte[] file, int? organizationId = null, string fileName = "staff.xlsx")
    {
        var token = await client.TokenAsync("/staff/import");
        using var content = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "file", fileName);
        content.Add(new StringContent(token), "__RequestVerificationToken");
        if (organizationId is { } id)
        {
            content.Add(new StringContent(id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "organizationId");
        }

        return await client.Http.PostAsync("/staff/import", content);
    }

    /// <summary>A multipart POST of an .xlsx in the field <c>file</c> with extra form fields, as the import pages send it.</summary>
    public static Task<HttpResponseMessage> PostFileAsync(this PortalClient client, string url, byte[] file, params (string Name, string Value)[] fields) =>
        client.PostFileAsync(url, url, file, fields);

    /// <summary>The same with the antiforgery token of <paramref name="tokenPage"/> (for a post the page itself would not make).</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this PortalClient client, string tokenPage, string url, byte[] file,
        params (string Name, string Value)[] fields)
    {
        var token = await client.TokenAsync(tokenPage);
        using var content = new MultipartFormDataContent();
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(bytes, "file", "file.xlsx");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            content.Add(new StringContent(value), name);
        }

        return await client.Http.PostAsync(url, content);
    }
}
