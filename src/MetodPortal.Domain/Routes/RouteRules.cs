namespace MetodPortal.Domain.Routes;

/// <summary>
/// The lifecycle of an ИОМ: черновик → утверждён → в работе → завершён, or отменён from any open state. Each check
/// returns the Russian reason an action is refused, or null when it is allowed. Who may act is the caller's
/// business (policies and scope); these say when.
/// </summary>
public static class RouteRules
{
    public const int MaxEvidenceBytes = 10 * 1024 * 1024;

    /// <summary>Only a draft is edited: its header and items are added, changed and removed.</summary>
    public static string? EditError(IndividualRoute route) =>
        route.Status == RouteStatus.Draft ? null
            : $"ИОМ в статусе «{DisplayNames.Of(route.Status)}» не редактируется. Верните его в черновик, если он ещё не в работе.";

    public static string? LinkError(IndividualRoute route, RouteItem item) =>
        route.Can(RouteItemAction.Link, item) ? null : "Предложение можно выбрать для пункта черновика или для ещё не выполненного пункта.";

    /// <summary>Only a draft is deleted; an approved route is cancelled with a reason and stays in the history.</summary>
    public static string? DeleteError(IndividualRoute route) =>
        route.Status == RouteStatus.Draft ? null : "Удалить можно только черновик. Утверждённый ИОМ отменяют с указанием причины.";

    public static string? ApproveError(IndividualRoute route)
    {
        if (route.Status != RouteStatus.Draft)
        {
            return "Утвердить можно только черновик ИОМ.";
        }

        if (route.Items.Count == 0)
        {
            return "Пустой ИОМ нельзя утвердить: добавьте хотя бы один пункт.";
        }

        if (route.TutorUserId is null)
        {
            return "Назначьте тьютора: без него ИОМ нельзя утвердить.";
        }

        var late = route.Items.FirstOrDefault(i => i.Deadline < route.PeriodFrom || i.Deadline > route.PeriodTo);
        return late is null ? null : $"Срок пункта «{late.Goal}» выходит за период ИОМ: исправьте срок или период.";
    }

    /// <summary>An approved route not yet started may go back to draft for changes.</summary>
    public static string? ReturnToDraftError(IndividualRoute route) =>
        route.Status == RouteStatus.Approved && route.Items.All(i => i.Status == RouteItemStatus.Planned)
            ? null
            : "Вернуть в черновик можно только утверждённый ИОМ, по которому ещё ничего не выполнено.";

    public static string? StartError(IndividualRoute route) =>
        route.Status == RouteStatus.Approved ? null : "Начать выполнение можно только утверждённого ИОМ.";

    /// <summary>A route completes when every item is done or cancelled, and at least one is done.</summary>
    public static string? CompleteError(IndividualRoute route)
    {
        if (route.Status is not (RouteStatus.Approved or RouteStatus.InProgress))
        {
            return "Завершить можно только утверждённый ИОМ или ИОМ в работе.";
        }

        var open = route.Items.Count(i => i.Status is RouteItemStatus.Planned or RouteItemStatus.Reported);
        if (open > 0)
        {
            return $"Не все пункты закрыты: осталось {open}. Каждый пункт должен быть выполнен (и подтверждён) или отменён.";
        }

        return route.Items.Any(i => i.Status == RouteItemStatus.Done) ? null : "Ни один пункт не выполнен: такой ИОМ отменяют, а не завершают.";
    }

    public static string? CancelError(IndividualRoute route, string? reason) =>
        route.IsClosed ? $"ИОМ уже {DisplayNames.Of(route.Status)}." : string.IsNullOrWhiteSpace(reason) ? "Укажите причину отмены." : null;

    /// <summary>The educator (or the tutor on their behalf) reports an item done; the evidence is a note or a file.</summary>
    public static string? ReportError(IndividualRoute route, RouteItem item, string? note, bool hasFile)
    {
        if (route.Status is not (RouteStatus.Approved or RouteStatus.InProgress))
        {
            return "Отмечать пункты можно только в утверждённом ИОМ или ИОМ в работе.";
        }

        if (item.Status != RouteItemStatus.Planned)
        {
            return $"Пункт уже {DisplayNames.Of(item.Status)}.";
        }

        return string.IsNullOrWhiteSpace(note) && !hasFile ? "Опишите, что сделано, или приложите файл — подтверждение выполнения." : null;
    }

    /// <summary>The tutor confirms a reported item, or closes a planned one directly with their own note.</summary>
    public static string? ConfirmError(IndividualRoute route, RouteItem item, string? note)
    {
        if (route.Status is not (RouteStatus.Approved or RouteStatus.InProgress))
        {
            return "Подтверждать пункты можно только в утверждённом ИОМ или ИОМ в работе.";
        }

        return item.Status switch
        {
            RouteItemStatus.Reported => null,
            RouteItemStatus.Planned when !string.IsNullOrWhiteSpace(note) => null,
            RouteItemStatus.Planned => "Пункт ещё не отмечен педагогом: чтобы закрыть его самим, опишите подтверждение выполнения.",
            _ => $"Пункт уже {DisplayNames.Of(item.Status)}.",
        };
    }

    /// <summary>The tutor sends a reported item back for more work, with a comment.</summary>
    public static string? ReturnItemError(IndividualRoute route, RouteItem item, string? comment) =>
        route.IsClosed ? "ИОМ закрыт." :
        item.Status != RouteItemStatus.Reported ? "Вернуть можно только пункт, отмеченный педагогом." :
        string.IsNullOrWhiteSpace(comment) ? "Напишите педагогу, что нужно доделать." : null;

    public static string? CancelItemError(IndividualRoute route, RouteItem item, string? reason) =>
        route.Status is not (RouteStatus.Approved or RouteStatus.InProgress)
            ? "Отменять пункты можно в утверждённом ИОМ или ИОМ в работе; в черновике пункт просто удаляют." :
        item.Status is RouteItemStatus.Done or RouteItemStatus.Cancelled ? $"Пункт уже {DisplayNames.Of(item.Status)}." :
        string.IsNullOrWhiteSpace(reason) ? "Укажите причину отмены пункта." : null;

    /// <summary>PDF, images and office documents: what a certificate, a lesson plan or a report usually is.</summary>
    public static readonly IReadOnlyDictionary<string, string> EvidenceTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".png"] = "image/png",
        [".doc"] = "application/msword",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xls"] = "application/vnd.ms-excel",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".ppt"] = "application/vnd.ms-powerpoint",
        [".pptx"] = "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        [".odt"] = "application/vnd.oasis.opendocument.text",
    };

    /// <summary>Checks an evidence file by extension, size and its first bytes (a renamed executable is refused).</summary>
    public static string? EvidenceError(string fileName, long size, ReadOnlySpan<byte> head)
    {
        var extension = Path.GetExtension(fileName);
        if (!EvidenceTypes.ContainsKey(extension))
        {
            return "Допустимы файлы PDF, JPG, PNG и документы Office (DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT).";
        }

        if (size == 0)
        {
            return "Файл пуст.";
        }

        if (size > MaxEvidenceBytes)
        {
            return "Файл больше 10 МБ.";
        }

        return SignatureMatches(extension.ToLowerInvariant(), head) ? null : "Содержимое файла не соответствует его расширению.";
    }

    private static bool SignatureMatches(string extension, ReadOnlySpan<byte> head) => extension switch
    {
        ".pdf" => head.StartsWith("%PDF"u8),
        ".jpg" or ".jpeg" => head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]),
        ".png" => head.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]),
        ".docx" or ".xlsx" or ".pptx" or ".odt" => head.StartsWith("PK"u8),
        ".doc" or ".xls" or ".ppt" => head.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]),
        _ => false,
    };
}
