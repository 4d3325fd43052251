using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MetodPortal.Web.Infrastructure;

/// <summary>A one-time message shown after a redirect (POST-redirect-GET).</summary>
public static class Flash
{
    public const string Key = "Flash";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[Key] = message;
}
