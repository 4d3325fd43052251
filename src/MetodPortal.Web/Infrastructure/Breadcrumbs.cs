using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace MetodPortal.Web.Infrastructure;

/// <summary>The trail above a page's title; a view adds its crumbs, the layout renders them.</summary>
public static class Breadcrumbs
{
    private const string Key = "Breadcrumbs";

    public static ViewDataDictionary Crumb(this ViewDataDictionary viewData, string title, string? url = null)
    {
        Trail(viewData).Add((title, url));
        return viewData;
    }

    public static List<(string Title, string? Url)> Trail(this ViewDataDictionary viewData)
    {
        if (viewData[Key] is not List<(string, string?)> trail)
        {
            trail = [];
            viewData[Key] = trail;
        }

        return trail;
    }
}
