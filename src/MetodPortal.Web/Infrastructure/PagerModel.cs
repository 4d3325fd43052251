using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.WebUtilities;

namespace MetodPortal.Web.Infrastructure;

/// <summary>What the pager partial needs: the page numbers and the current request's query to keep in each link.</summary>
public sealed record PagerModel(int Number, int Pages, int Total, string Path, IQueryCollection Query)
{
    public static PagerModel For<T>(Page<T> page, HttpRequest request) => new(page.Number, page.Pages, page.Total, request.Path, request.Query);

    public string Link(int number)
    {
        var query = new QueryBuilder(Query.Where(q => q.Key != "page").SelectMany(q => q.Value.Select(v => new KeyValuePair<string, string>(q.Key, v ?? ""))))
        {
            { "page", Math.Clamp(number, 1, Pages).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return Path + query.ToQueryString();
    }

    public IEnumerable<int> Window() => Enumerable.Range(Math.Max(1, Number - 3), Math.Min(Pages, Number + 3) - Math.Max(1, Number - 3) + 1);
}
