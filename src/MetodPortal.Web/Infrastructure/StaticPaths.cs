namespace MetodPortal.Web.Infrastructure;

/// <summary>The addresses of wwwroot's files: public, quick to send and holding no database connection.</summary>
public static class StaticPaths
{
    public static bool Holds(PathString path) =>
        path.StartsWithSegments("/lib") || path.StartsWithSegments("/css") || path.StartsWithSegments("/js") || path.StartsWithSegments("/img")
        || path.Value?.StartsWith("/favicon.", StringComparison.Ordinal) == true;
}
