using MetodPortal.Data;
using MetodPortal.Web.Infrastructure;

// PDFsharp's fonts, at start-up so a missing font fails at once.
MetodPortal.Reports.Pdf.PdfFonts.Ensure();

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();

var seeded = await DatabaseInitializer.InitializeAsync(
    builder.Configuration.GetConnectionString("Main")!, builder.Configuration.GetValue<bool>("Seed:Demo"), TimeProvider.System);
app.Logger.LogInformation("Database ready; seeded now: {Seeded}", seeded);
if (seeded)
{
    // The demo's users find their reminders at once, not an hour after the first start.
    await app.Services.GetRequiredService<MetodPortal.Web.Notifications.Reminders>().SendAsync(CancellationToken.None);
}

app.UsePortal();
await app.RunAsync();

/// <summary>The entry point, public so the web tests can host it (WebApplicationFactory).</summary>
public partial class Program;
