namespace MetodPortal.Domain.Monitoring;

/// <summary>
/// The counts behind the nine indicators for one organization, municipality or region and one year — the fields of
/// the monitoring form, and what the registry gives for the same scope. Higher levels add counts (never shares):
/// declared counts by summing the forms, registry counts by counting distinct people over the whole territory.
/// </summary>
public sealed record IndicatorCounts
{
    /// <summary>Pedagogical workers and managers.</summary>
    public int Educators { get; init; }
    public int Diagnosed { get; init; }
    public int WithRoute { get; init; }

    /// <summary>Under 35 and in the first 3 years of work.</summary>
    public int Newcomers { get; init; }
    public int NewcomersSupported { get; init; }

    /// <summary>Under 35.</summary>
    public int Young { get; init; }
    public int YoungInProjects { get; init; }
    public int Heads { get; init; }
    public int HeadsImproved { get; init; }
    public int HeadsHighest { get; init; }

    /// <summary>Organizations counted, and of them those with a mentoring programme in the year (1 and 0–1 for one organization).</summary>
    public int Organizations { get; init; }
    public int WithMentoringProgram { get; init; }
    public int InMentoring { get; init; }
    public int InCommunities { get; init; }

    public static readonly IndicatorCounts Zero = new();

    /// <summary>The counts of one organization with nothing counted yet: a new form, or an organization without staff in the registry.</summary>
    public static readonly IndicatorCounts OneOrganization = new() { Organizations = 1 };

    /// <summary>The fields of an organization's monitoring form in the order it shows them (Organizations is always 1 there and not shown).</summary>
    public static readonly IReadOnlyList<CountField> FormFields =
    [
        new(nameof(Educators), "Педагогические работники и руководители, всего", c => c.Educators),
        new(nameof(Diagnosed), "из них прошли диагностику профессиональных дефицитов", c => c.Diagnosed),
        new(nameof(WithRoute), "из них имеют ИОМ на основе диагностики", c => c.WithRoute),
        new(nameof(Young), "Педагоги в возрасте до 35 лет", c => c.Young),
        new(nameof(YoungInProjects), "из них охвачены мероприятиями проектов поддержки молодых педагогов", c => c.YoungInProjects),
        new(nameof(Newcomers), "Педагоги до 35 лет в первые 3 года работы", c => c.Newcomers),
        new(nameof(NewcomersSupported), "из них участвуют в формах поддержки и сопровождения", c => c.NewcomersSupported),
        new(nameof(Heads), "Руководители", c => c.Heads),
        new(nameof(HeadsImproved), "из них повысили уровень профессиональных компетенций", c => c.HeadsImproved),
        new(nameof(HeadsHighest), "из них имеют высшую квалификационную категорию", c => c.HeadsHighest),
        new(nameof(WithMentoringProgram), "Реализуется программа наставничества (1 — да, 0 — нет)", c => c.WithMentoringProgram),
        new(nameof(InMentoring), "Педагоги, участвующие в программах наставничества", c => c.InMentoring),
        new(nameof(InCommunities), "Педагоги, включённые в сетевые профессиональные сообщества", c => c.InCommunities),
    ];

    public static IndicatorCounts operator +(IndicatorCounts a, IndicatorCounts b) => new()
    {
        Educators = a.Educators + b.Educators, Diagnosed = a.Diagnosed + b.Diagnosed, WithRoute = a.WithRoute + b.WithRoute,
        Newcomers = a.Newcomers + b.Newcomers, NewcomersSupported = a.NewcomersSupported + b.NewcomersSupported, Young = a.Young + b.Young,
        YoungInProjects = a.YoungInProjects + b.YoungInProjects, Heads = a.Heads + b.Heads, HeadsImproved = a.HeadsImproved + b.HeadsImproved,
        HeadsHighest = a.HeadsHighest + b.HeadsHighest, Organizations = a.Organizations + b.Organizations,
        WithMentoringProgram = a.WithMentoringProgram + b.WithMentoringProgram, InMentoring = a.InMentoring + b.InMentoring,
        InCommunities = a.InCommunities + b.InCommunities,
    };

    public static IndicatorCounts Sum(IEnumerable<IndicatorCounts> counts) => counts.Aggregate(Zero, (a, b) => a + b);

    /// <summary>The nine shares, numerator over denominator, in passport order (docs/indicators.md).</summary>
    public IReadOnlyList<Share> Shares() =>
    [
        new(Diagnosed, Educators), new(WithRoute, Educators), new(NewcomersSupported, Newcomers), new(YoungInProjects, Young),
        new(HeadsImproved, Heads), new(HeadsHighest, Heads), new(WithMentoringProgram, Organizations), new(InMentoring, Educators),
        new(InCommunities, Educators),
    ];

    /// <summary>Every part within its whole; the first broken pair named, in Russian, or null.</summary>
    public string? PartError() =>
        (Diagnosed > Educators ? "Прошедших диагностику больше, чем педагогов." : null)
        ?? (WithRoute > Educators ? "Педагогов с ИОМ больше, чем педагогов." : null)
        ?? (Newcomers > Young ? "Молодых в первые 3 года больше, чем всех до 35 лет." : null)
        ?? (Young > Educators ? "Педагогов до 35 лет больше, чем педагогов." : null)
        ?? (NewcomersSupported > Newcomers ? "Поддержанных больше, чем молодых в первые 3 года работы." : null)
        ?? (YoungInProjects > Young ? "Охваченных проектами больше, чем педагогов до 35 лет." : null)
        ?? (Heads > Educators ? "Руководителей больше, чем педагогов." : null)
        ?? (HeadsImproved > Heads ? "Повысивших уровень больше, чем руководителей." : null)
        ?? (HeadsHighest > Heads ? "Руководителей с высшей категорией больше, чем руководителей." : null)
        ?? (WithMentoringProgram > Organizations ? "Учреждений с программой наставничества больше, чем учреждений." : null)
        ?? (InMentoring > Educators ? "Участников наставничества больше, чем педагогов." : null)
        ?? (InCommunities > Educators ? "Участников сообществ больше, чем педагогов." : null);
}

/// <summary>One count of the monitoring form: its property name, Russian label and value.</summary>
public sealed record CountField(string Name, string Label, Func<IndicatorCounts, int> Of);

/// <summary>A share of an indicator: numerator over denominator, in percent.</summary>
public readonly record struct Share(int Part, int Whole)
{
    /// <summary>The value in percent; null when there is nobody to count (an empty denominator).</summary>
    public decimal? Percent => Whole == 0 ? null : 100m * Part / Whole;

    /// <summary>Meets the threshold when the value is at least the threshold, compared exactly (no rounding): part × 100 ≥ threshold × whole.</summary>
    public bool Meets(decimal threshold) => Whole > 0 && Part * 100m >= threshold * Whole;
}
