using System.Globalization;

namespace MetodPortal.Web.Tests.Infrastructure;

/// <summary>Ids as forms post them and as redirects name them.</summary>
public static class TestIds
{
    /// <summary>An id as a form field's value.</summary>
    public static string Id(this int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The id of the record a redirect goes to: the last segment of its Location («/routes/17» → «17»).</summary>
    public static string LocationId(this HttpResponseMessage response) => response.Headers.Location!.OriginalString.Split('/').Last();

    /// <summary>The id of the record a create redirected to, as a number.</summary>
    public static int CreatedId(this HttpResponseMessage response) => int.Parse(response.LocationId(), CultureInfo.InvariantCulture);
}
