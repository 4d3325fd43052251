using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MetodPortal.Web.Infrastructure;

/// <summary>A one-time message shown after a redirect (POST-redirect-GET).</summary>
public static class Flash
{
    public const string Key = "Flash";
    public const string WarningKey = "FlashWarning";

    public static void Success(this ITempDataDictionary tempData, string message) => tempData[Key] = message;

    /// <summary>Something the user asked for was not done, and why (shown in amber, not as a success).</summary>
    public static void Warning(this ITempDataDictionary tempData, string message) => tempData[WarningKey] = message;
}
