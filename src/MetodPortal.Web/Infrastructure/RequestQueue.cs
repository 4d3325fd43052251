using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// At most <see cref="Options.Working"/> requests do the portal's work at a time; the others wait their turn in
/// arrival order. At the monitoring deadline 800 administrators press «Отправить» at once: without a queue 800
/// half-done requests share two cores, hold their database connections for seconds and run the connection pool dry
/// (requests failed after its 15 s wait); with it each started request finishes quickly. Fewer working requests than
/// pooled connections means none waits for a connection. Static files and /health are not queued.
/// </summary>
public static class RequestQueue
{
    public sealed class Options
    {
        public const string Section = "RequestQueue";

        /// <summary>Requests worked on at once; below the connection pool's 100.</summary>
        public int Working { get; set; } = 32;

        /// <summary>Requests that may wait; beyond it the portal answers 503 «попробуйте позже» at once.</summary>
        public int Waiting { get; set; } = 5000;
    }

    public static IServiceCollection AddRequestQueue(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(Options.Section).Get<Options>() ?? new Options();
        return services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.Request.Path.StartsWithSegments("/health") || StaticPaths.Holds(context.Request.Path)
                    ? RateLimitPartition.GetNoLimiter("unqueued")
                    : RateLimitPartition.GetConcurrencyLimiter("portal", _ => new ConcurrencyLimiterOptions
                    {
                        PermitLimit = options.Working, QueueLimit = options.Waiting, QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }));
            o.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestQueue))
                    .LogWarning("Refused a request: {Waiting} already waiting", options.Waiting);
                return new ValueTask(DatabaseOutage.WriteUnavailableAsync(rejected.HttpContext,
                    "Сейчас портал обрабатывает слишком много запросов. Введённые данные не потеряны: повторите действие через минуту.", 60));
            };
        });
    }
}
