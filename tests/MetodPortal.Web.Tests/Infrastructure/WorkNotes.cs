using System.Net;
using System.Text.Json;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>The progress notes of long work (/progress), as the waiting page reads them.</summary>
public static class WorkNotes
{
    /// <summary>A ticket as site.js makes one: 32 hex digits.</summary>
    public static string NewTicket() => Guid.NewGuid().ToString("N");

    /// <summary>The note under the ticket, or null when there is none for this user (204).</summary>
    public static async Task<JsonElement?> ProgressNoteAsync(this PortalClient client, string ticket)
    {
        var response = await client.GetAsync($"/progress?ticket={ticket}");
        if (response.StatusCode == HttpStatusCode.NoContent)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }
}
