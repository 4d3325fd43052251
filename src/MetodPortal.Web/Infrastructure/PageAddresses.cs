using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// The address a page shown in answer to a post stands for (the card a refused step returns to): the layout names it and the
/// browser puts it in the address bar, so the address stays the page's and a reload reads the page instead of posting again.
/// </summary>
public static class PageAddresses
{
    private const string Key = "PageAddress";

    public static void PageAddress(this ViewDataDictionary viewData, string url) => viewData[Key] = url;

    public static string? PageAddressOf(this ViewDataDictionary viewData) => viewData[Key] as string;
}
