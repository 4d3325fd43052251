using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace MetodPortal.Web.Infrastructure;

/// <summary>
/// At most <see cref="Options.Working"/> requests do the portal's work at a time; the others wait their turn. At the monitoring deadline
/// 800 administrators press «Отправить» at once: without a queue 800 half-done requests share two cores, hold their database connections
/// for seconds and run the connection pool dry (requests failed after its 15 s wait); with it each started request finishes quickly. Fewer
/// working requests than pooled connections means none waits for a connection. Static files and /health are not queued.
/// </summary>
/// <remarks>
/// A freed place goes to the oldest waiting action (a posted form: a save, a send, a fill) before the oldest waiting page: a user who
/// has filled a form and pressed a button finishes before another starts. In arrival order alone the sends of the rush waited behind
/// every page opened before them (p95 13 s); a share of places kept for pages starved them instead (docs/performance.md).
/// </remarks>
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
            o.GlobalLimiter = new ActionsFirst(options.Working, options.Waiting);
            o.OnRejected = (rejected, _) =>
            {
                rejected.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestQueue))
                    .LogWarning("Refused a request: {Waiting} already waiting", options.Waiting);
                return new ValueTask(DatabaseOutage.WriteUnavailableAsync(rejected.HttpContext,
                    "Сейчас портал обрабатывает слишком много запросов. Введённые данные не потеряны: повторите действие через минуту.", 60));
            };
        });
    }

    /// <summary>The queue itself: <c>working</c> places, two waiting lines (actions, then pages), <c>waiting</c> places in both together.</summary>
    private sealed class ActionsFirst(int working, int waiting) : PartitionedRateLimiter<HttpContext>
    {
        private readonly Lock _lock = new();
        private readonly Queue<TaskCompletionSource<RateLimitLease>> _actions = new(), _pages = new();
        private int _free = working;

        private static bool Unqueued(HttpContext context) =>
            context.Request.Path.StartsWithSegments("/health") || StaticPaths.Holds(context.Request.Path);

        private static bool IsAction(HttpContext context) => !HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method);

        public override RateLimiterStatistics? GetStatistics(HttpContext resource)
        {
            lock (_lock)
            {
                return new RateLimiterStatistics { CurrentAvailablePermits = _free, CurrentQueuedCount = _actions.Count + _pages.Count };
            }
        }

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount)
        {
            lock (_lock)
            {
                return Unqueued(resource) ? Place.Unqueued : Take() ?? Place.Refused;
            }
        }

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken)
        {
            if (Unqueued(resource))
            {
                return ValueTask.FromResult(Place.Unqueued);
            }

            TaskCompletionSource<RateLimitLease> turn;
            lock (_lock)
            {
                if (Take() is { } place)
                {
                    return ValueTask.FromResult(place);
                }

                if (_actions.Count + _pages.Count >= waiting)
                {
                    return ValueTask.FromResult(Place.Refused);
                }

                turn = new TaskCompletionSource<RateLimitLease>(TaskCreationOptions.RunContinuationsAsynchronously);
                (IsAction(resource) ? _actions : _pages).Enqueue(turn);
            }

            // A request given up while waiting (the browser closed) leaves its turn cancelled; Free skips it.
            return new ValueTask<RateLimitLease>(TurnAsync(turn, cancellationToken.Register(() => turn.TrySetCanceled(cancellationToken))));
        }

        /// <summary>The turn, and then no more watching for the request to be given up (a connection's token outlives its requests).</summary>
        private static async Task<RateLimitLease> TurnAsync(TaskCompletionSource<RateLimitLease> turn, CancellationTokenRegistration givenUp)
        {
            await using (givenUp)
            {
                return await turn.Task;
            }
        }

        /// <summary>A free place, taken (under the lock); none when all are taken.</summary>
        private RateLimitLease? Take()
        {
            if (_free == 0)
            {
                return null;
            }

            _free--;
            return new Place(this);
        }

        /// <summary>A place freed: to the next waiting action, else the next waiting page, else kept free.</summary>
        private void Free()
        {
            lock (_lock)
            {
                while (_actions.Count + _pages.Count > 0)
                {
                    if ((_actions.Count > 0 ? _actions : _pages).Dequeue().TrySetResult(new Place(this)))
                    {
                        return;
                    }
                }

                _free++;
            }
        }

        /// <summary>A place to work in, given back when the request ends.</summary>
        private sealed class Place(ActionsFirst? queue, bool acquired = true) : RateLimitLease
        {
            public static readonly RateLimitLease Unqueued = new Place(null), Refused = new Place(null, acquired: false);
            private ActionsFirst? _queue = queue;

            public override bool IsAcquired => acquired;

            public override IEnumerable<string> MetadataNames => [];

            public override bool TryGetMetadata(string metadataName, out object? metadata)
            {
                metadata = null;
                return false;
            }

            protected override void Dispose(bool disposing) => Interlocked.Exchange(ref _queue, null)?.Free();
        }
    }
}
