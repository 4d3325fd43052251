using MetodPortal.Data;
using MetodPortal.Domain.Organizations;
using MetodPortal.Domain.Routes;
using MetodPortal.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MetodPortal.Web.Areas.Organizations.UseCases;

public sealed class SiteResultForm
{
    public string Title { get; set; } = "";
    public SiteResultKind? Kind { get; set; }
    public int? Year { get; set; }
    public string? Link { get; set; }
}

/// <summary>An alienable result of the site, with a file (the same checks as ИОМ evidence) or a web link, or both.</summary>
public sealed class AddSiteResult(PortalDbContext db)
{
    public async Task<Outcome> HandleAsync(int siteId, SiteResultForm form, IFormFile? file, CancellationToken ct)
    {
        var site = await db.OrganizationStatuses.AsNoTracking().FirstOrDefaultAsync(s => s.Id == siteId, ct);
        if (site is null)
        {
            return Outcome.NotFound;
        }

        var link = form.Link?.Trim();
        var sent = file is { Length: > 0 } ? file : null;
        var refusal = string.IsNullOrWhiteSpace(form.Title) ? "Укажите название результата."
            : form.Title.Trim().Length > 500 ? "Название — не длиннее 500 символов."
            : form.Kind is null || !Enum.IsDefined(form.Kind.Value) ? "Выберите вид результата."
            : form.Year is not (>= 2000 and <= 2100) ? "Укажите год — четырьмя цифрами."
            : sent is null && string.IsNullOrEmpty(link) ? "Приложите файл или укажите ссылку."
            : !string.IsNullOrEmpty(link) && (link.Length > 500 || !Uri.TryCreate(link, UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https")) ? "Ссылка должна начинаться с http:// или https:// (не длиннее 500 символов)."
            : sent is null ? null : RouteRules.EvidenceError(sent.FileName, sent.Length, await UploadedFiles.HeadAsync(sent, ct));
        if (refusal is not null)
        {
            return Outcome.Refused(refusal);
        }

        var result = new SiteResult
        {
            RegionId = site.RegionId, OrganizationId = site.OrganizationId, SiteId = site.Id, Title = form.Title.Trim(), Kind = form.Kind!.Value,
            Year = form.Year!.Value, Link = string.IsNullOrEmpty(link) ? null : link,
        };
        if (sent is not null)
        {
            (result.FileName, result.ContentType, result.Content) = await UploadedFiles.ReadAsync(sent, ct);
        }

        db.SiteResults.Add(result);
        await db.SaveChangesAsync(ct);
        return Outcome.Done($"Результат «{result.Title}» добавлен.", siteId);
    }
}
