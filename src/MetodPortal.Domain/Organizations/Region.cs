namespace MetodPortal.Domain.Organizations;

/// <summary>The tenant: a subject of the Russian Federation. No data ever crosses a region.</summary>
public sealed class Region
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>IANA time zone for deadlines shown to people (Khabarovsk: Asia/Vladivostok, UTC+10).</summary>
    public string TimeZone { get; set; } = "Asia/Vladivostok";

    public List<Municipality> Municipalities { get; } = [];
}
