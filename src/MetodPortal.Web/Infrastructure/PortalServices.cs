using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using FluentValidation.AspNetCore;
using MetodPortal.Data;
using MetodPortal.Data.Identity;
using MetodPortal.Data.Scoping;
using MetodPortal.Web.Areas.Api;
using MetodPortal.Web.Authorization;
using MetodPortal.Web.Notifications;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Serilog;

namespace MetodPortal.Web.Infrastructure;

/// <summary>Everything the portal registers and the order of its middleware, in one place.</summary>
public static class PortalServices
{
    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var connectionString = builder.Configuration.GetConnectionString("Main")
            ?? throw new InvalidOperationException("ConnectionStrings:Main is not set (env ConnectionStrings__Main); run.sh sets it for the embedded "
                + "PostgreSQL.");

        // The sink, its template and the levels come from configuration (Serilog section).
        builder.Services.AddSerilog((services, log) => log.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services));

        // The portal runs from its build (run.sh), whose precompressed static files stay in obj/: the build's manifest maps them in any
        // environment (a published copy has them in wwwroot and no such manifest, and this does nothing).
        builder.WebHost.UseStaticWebAssets();

        // Russian text is written as is, not as &#x...; entities (Razor's default encoder allows only Basic Latin).
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUserSource, HttpCurrentUser>();
        services.Configure<SmtpSettings>(builder.Configuration.GetSection("Smtp"));
        services.AddSingleton<Outbox>();
        services.AddSingleton<Notices>();
        services.AddSingleton<MailSender>();
        services.AddSingleton<Reminders>();
        services.AddScheduledJobs(builder.Configuration, connectionString);
        services.AddDbContext<PortalDbContext>((sp, options) =>
            PortalData.Configure(options, connectionString, sp.GetRequiredService<TimeProvider>()).AddInterceptors(sp.GetRequiredService<Notices>()));
        services.AddSingleton<StandbyReads>();
        services.AddHostedService(provider => provider.GetRequiredService<StandbyReads>());
        services.AddReadOnlyDb();

        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.Password.RequiredLength = 8;
                o.Password.RequireDigit = true;
                o.Password.RequireLowercase = true;
                o.Password.RequireUppercase = true;
                o.Password.RequireNonAlphanumeric = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddErrorDescriber<RussianIdentityErrors>()
            .AddDefaultTokenProviders();
        // A password reset link works once (the new password renews the stamp it is signed with) and for two hours.
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromHours(2));

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "metodportal.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            o.Events.OnValidatePrincipal = SessionValidation.ValidateAsync;
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Sessions live in the database (the cookie holds a key): sign-out ends them everywhere.
        services.AddSingleton<ITicketStore, DatabaseTicketStore>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<ITicketStore>((o, store) => o.SessionStore = store);
        // The key ring in PostgreSQL: a cookie or form key made by one portal process opens on every other (no sticky sessions).
        services.AddDataProtection().SetApplicationName("MetodPortal").PersistKeysToDbContext<PortalDbContext>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<PurgeJob>();
        services.AddPageCompression();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "metodportal.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddAuthorization(Policies.Add);
        services.AddScoped<IAuthorizationHandler, RecordAuthorizationHandler>();
        services.AddScoped<RecordAccess>();

        services.AddControllersWithViews(o =>
        {
            o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
            o.Filters.Add<ControlCharacterFilter>();
            o.Filters.Add<YearRangeFilter>();
            o.Filters.Add<ScopeViolationFilter>();
            o.Filters.Add<ConcurrencyConflictFilter>();
            o.Filters.Add<UniqueViolationFilter>();
            o.Conventions.Add(new OneSubmissionConvention());
            o.Conventions.Add(new RouteIdsFromRouteOnly());
            o.ModelMetadataDetailsProviders.Add(new NonNullableStrings());

            // Required fields are the validators' to name, in Russian; MVC's implicit [Required] would add an English twin.
            o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            RussianModelBinding.Apply(o.ModelBindingMessageProvider);
        });
        services.AddScoped<OneSubmissionFilter>();
        services.AddScoped<AccessLog>();
        // A validator that needs nothing is built once: building one compiles the expressions of its rules (the monitoring
        // form's fourteen took ~25 ms, spent again on every page that shows its client rules and on every post).
        static bool NeedsNothing(AssemblyScanner.AssemblyScanResult v) => v.ValidatorType.GetConstructors().All(c => c.GetParameters().Length == 0);
        services.AddValidatorsFromAssembly(typeof(PortalServices).Assembly, ServiceLifetime.Singleton, NeedsNothing);
        services.AddValidatorsFromAssembly(typeof(PortalServices).Assembly, ServiceLifetime.Scoped, v => !NeedsNothing(v));

        // The validators' rules in the browser too (ClientRules), and only theirs: MVC's own client rules would add
        // English messages («The field … must be a number»). No auto-validation: each action validates explicitly.
        services.AddFluentValidationClientsideAdapters();
        services.PostConfigure<MvcViewOptions>(o =>
        {
            foreach (var other in o.ClientModelValidatorProviders.Where(p => p is not FluentValidationClientModelValidatorProvider).ToList())
            {
                o.ClientModelValidatorProviders.Remove(other);
            }
        });
        AddUseCases(services);
        services.AddSingleton<Areas.Progress.UseCases.WorkProgress>();

        services.AddPortalApi();
        services.AddRequestQueue(builder.Configuration);
        services.AddHealthChecks().AddDbContextCheck<PortalDbContext>().AddCheck<MailCheck>("mail");
        return builder;
    }

    /// <summary>
    /// Every use case that changes state (a class under a module's UseCases with a <c>HandleAsync</c>, or an import's <c>RunAsync</c>), scoped like
    /// the context it saves through: a new one is a file, not a line here.
    /// </summary>
    private static void AddUseCases(IServiceCollection services)
    {
        var useCases = typeof(PortalServices).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsPublic: true } && t.Namespace?.EndsWith(".UseCases", StringComparison.Ordinal) == true
                && (t.GetMethod("HandleAsync") ?? t.GetMethod("RunAsync")) is not null);
        foreach (var useCase in useCases)
        {
            services.AddScoped(useCase);
        }
    }

    /// <summary>Serilog's default request line, spelled out because the log's promise depends on it: no query string.</summary>
    public const string RequestLogTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    public static WebApplication UsePortal(this WebApplication app)
    {
        if (app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<SmtpSettings>>().Value is { Enabled: false })
        {
            app.Logger.LogWarning("Smtp:Host is not set: notices stay in the portal and no e-mail is written");
        }

        // Behind a TLS-terminating proxy on this machine the request is HTTPS for cookies and links (only loopback proxies are trusted).
        app.UseForwardedHeaders(new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto });
        app.UsePageCompression();
        app.UseExceptionHandler("/error/500");
        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseDatabaseOutagePage();
        app.UseSecurityHeaders();
        // One line a request: method, path (ids only), status and duration; never query strings or bodies, which may hold personal data.
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = RequestLogTemplate;
            o.GetLevel = RequestLogLevel.Of;
        });
        app.UseRateLimiter(); // the request queue
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Display.Russian),
            SupportedCultures = [Display.Russian],
            SupportedUICultures = [Display.Russian],
        });
        app.UseApiDocsAddress();
        app.UseRouting();
        app.UseBodySizeRefusal();
        app.UseAuthentication();
        app.UseReadYourWrites();
        app.UseAuthorization();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/health/detail",
            new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = MailCheck.WriteDetailAsync }).AllowAnonymous();
        // Static files are endpoints built from the build's manifest: fingerprinted URLs cached for a year, precompressed (Brotli, gzip).
        app.MapStaticAssets().AllowAnonymous();
        app.MapControllers().WithStaticAssets();
        app.MapPortalApi();
        return app;
    }
}
