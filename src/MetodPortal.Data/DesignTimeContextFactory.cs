using MetodPortal.Data.Scoping;
using Microsoft.EntityFrameworkCore.Design;

namespace MetodPortal.Data;

/// <summary>
/// How the <c>dotnet ef</c> tools build the context (<c>migrations add</c>, <c>has-pending-model-changes</c>): the model
/// alone, so no database is needed; one named by <c>ConnectionStrings__Main</c> is used when set (<c>database update</c>).
/// </summary>
internal sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args) =>
        PortalData.CreateContext(Environment.GetEnvironmentVariable("ConnectionStrings__Main") ?? "Host=localhost;Database=metodportal_design",
            CurrentUser.System);
}
