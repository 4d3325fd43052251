using System.Net;
using MetodPortal.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MetodPortal.Web.Tests.Shell;

public sealed class RequestQueueTests
{
    [Fact]
    public async Task RequestsBeyondTheWorkingOnesWaitTheirTurnAndBeyondTheQueueAreToldToComeBackWhileHealthIsNeverQueued()
    {
        await using var factory = new PortalFactory { Settings = { ["RequestQueue:Working"] = "1", ["RequestQueue:Waiting"] = "2" } };
        await factory.InitializeAsync();
        using var client = factory.Client();
        var queue = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        var page = new DefaultHttpContext { Request = { Path = "/Account/Login" } };
        async Task Until(Func<System.Threading.RateLimiting.RateLimiterStatistics, bool> holds)
        {
            for (var wait = 0; !holds(queue.GetStatistics(page)!); wait += 20)
            {
                Assert.True(wait < 10_000, "the queue did not reach the expected state");
                await Task.Delay(20);
            }
        }

        // The one working request: a sign-in whose form is still arriving.
        var arrived = new TaskCompletionSource();
        var slow = client.Http.PostAsync("/Account/Login", new SlowContent("Email=a%40b.c&Password=x", arrived.Task));
        await Until(s => s.CurrentAvailablePermits == 0);

        var waiting = new[] { client.Http.GetAsync("/Account/Login"), client.Http.GetAsync("/Account/Login") };
        await Until(s => s.CurrentQueuedCount == 2);

        var refused = await client.Http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Contains("обрабатывает слишком много запросов", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(refused.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health")).StatusCode);
        Assert.DoesNotContain(waiting, w => w.IsCompleted);

        arrived.SetResult();
        Assert.NotEqual(HttpStatusCode.ServiceUnavailable, (await slow).StatusCode);
        foreach (var response in await Task.WhenAll(waiting))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/Account/Login")).StatusCode);
    }

    [Fact]
    public async Task A_freed_place_goes_to_the_oldest_waiting_action_before_an_older_waiting_page_and_a_turn_given_up_is_passed_on()
    {
        await using var factory = new PortalFactory { Settings = { ["RequestQueue:Working"] = "1", ["RequestQueue:Waiting"] = "10" } };
        await factory.InitializeAsync();
        var queue = factory.Services.GetRequiredService<IOptions<RateLimiterOptions>>().Value.GlobalLimiter!;
        HttpContext Request(string method, string path) => new DefaultHttpContext { Request = { Method = method, Path = path } };

        using var working = queue.AttemptAcquire(Request("POST", "/monitoring/forms/1"));
        Assert.True(working.IsAcquired);
        var page = queue.AcquireAsync(Request("GET", "/monitoring/forms/2")).AsTask();
        using var givenUp = new CancellationTokenSource();
        var abandoned = queue.AcquireAsync(Request("POST", "/monitoring/forms/3"), cancellationToken: givenUp.Token).AsTask();
        var action = queue.AcquireAsync(Request("POST", "/monitoring/forms/4")).AsTask();
        Assert.Equal(3, queue.GetStatistics(Request("GET", "/"))!.CurrentQueuedCount);
        await givenUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);

        working.Dispose(); // the page waited longest, but the action that is still waiting goes first
        using (var place = await action.WaitAsync(TimeSpan.FromMinutes(1))) // in arrival order the page would hold the place: it would never come
        {
            Assert.True(place.IsAcquired);
            Assert.False(page.IsCompleted); // only one place, and the action holds it
        }

        using (var place = await page.WaitAsync(TimeSpan.FromMinutes(1)))
        {
            Assert.True(place.IsAcquired);
        }

        Assert.Equal(1, queue.GetStatistics(Request("GET", "/"))!.CurrentAvailablePermits);
    }

    /// <summary>A form body sent only when <paramref name="arrived"/> completes, as from a slow connection.</summary>
    private sealed class SlowContent : HttpContent
    {
        private readonly string _form;
        private readonly Task _arrived;

        public SlowContent(string form, Task arrived)
        {
            (_form, _arrived) = (form, arrived);
            Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await _arrived;
            await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(_form));
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
