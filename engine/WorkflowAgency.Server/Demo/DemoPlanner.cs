namespace WorkflowAgency.Server.Demo;

/// <summary>
/// Plans the agency's year: 40 clients and 60 engagements. 16 clients come back (12 once, 4 twice) after renewing
/// or buying more; 20 recently handed-over clients are left part-way, spread over every stage; the rest end
/// lost, closed, renewed or upsold. Every choice comes from one seeded <see cref="Random"/>.
/// </summary>
internal static class DemoPlanner
{
    public const int Seed = 2026;

    /// <summary>Where the in-flight engagements are left, and roughly how many days after the handoff each stage is reached.</summary>
    private static readonly (string Stage, int Count, double MinDays, double MaxDays)[] InFlight =
    [
        ("handoff", 2, 0.1, 0.6), ("brief", 2, 2, 3), ("proposal", 2, 6, 7), ("negotiation", 3, 10, 12),
        ("execution", 4, 16, 22), ("report", 2, 36, 40), ("payment", 3, 48, 75), ("aftercare", 2, 84, 90),
    ];

    private static readonly string[] Companies =
    [
        "Contoso Coffee", "Fabrikam Bikes", "Northwind Teas", "Tailspin Toys", "Wingtip Travel", "Adventure Works", "Litware Books",
        "Proseware Labs", "Lucerne Publishing", "Margie's Travel", "Alpine Ski House", "Blue Yonder Air", "Coho Winery",
        "Fourth Coffee", "Graphic Design Institute", "Humongous Insurance", "Southridge Video", "Trey Research", "Wide World Importers",
        "Woodgrove Bank", "City Power & Light", "Consolidated Messenger", "School of Fine Art", "Relecloud", "VanArsdel Furniture",
        "Munson's Pickles", "Best For You Organics", "Lamna Healthcare", "Bellows College", "Nod Publishers", "Datum Corporation",
        "Baldwin Museum", "Olympia Sports", "Ridgeline Outdoor", "Harbour Bakery", "Kestrel Cycles", "Meadow Dairy", "Oakline Homes",
        "Pioneer Robotics", "Quayside Hotels",
    ];

    private static readonly string[] People =
    [
        "Ada Lovelace", "Grace Hopper", "Alan Turing", "Katherine Johnson", "Tim Berners-Lee", "Hedy Lamarr", "Linus Pauling",
        "Rosalind Franklin", "Niels Bohr", "Mary Somerville", "Edsger Dijkstra", "Barbara Liskov", "John Napier", "Emmy Noether",
        "Carl Gauss", "Sophie Germain", "Claude Shannon", "Frances Allen", "Dennis Ritchie", "Margaret Hamilton",
    ];

    public static IReadOnlyList<DemoEngagementPlan> Plan(DateTimeOffset start, DateTimeOffset end, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var clients = Companies.Select((company, i) => new DemoClient(
            People[i % People.Length],
            company,
            $"{People[i % People.Length].Split(' ')[0].ToLowerInvariant()}@{Slug(company)}.example.com",
            random.NextDouble() switch { < 0.8 => "EUR", < 0.95 => "GBP", _ => "USD" },
            i % 2 == 0 ? "account1" : "account2")).ToList();

        var plans = new List<DemoEngagementPlan>();
        var index = 0;
        // 20 recent clients, left in every stage.
        foreach (var (stage, count, minDays, maxDays) in InFlight)
        {
            for (var i = 0; i < count; i++)
            {
                var days = minDays + (random.NextDouble() * (maxDays - minDays));
                plans.Add(Engagement(clients[index++], end.AddDays(-days), DemoFate.InFlight, random) with { StopStage = stage, DaysLate = 0 });
            }
        }
        // 4 one-off clients that were lost.
        foreach (var fate in new[] { DemoFate.Declined, DemoFate.Declined, DemoFate.Expired, DemoFate.Declined })
            plans.Add(Engagement(clients[index++], Between(start.AddDays(40), end.AddDays(-60), random), fate, random));
        // 16 returning clients, on the books from the first month: the last engagement of each ends lost (1),
        // closed (3) or renewed/upsold (12).
        DemoFate[] lastFates =
        [
            DemoFate.Expired, DemoFate.Completed, DemoFate.Completed, DemoFate.Completed, DemoFate.Renewed, DemoFate.Upsold,
            DemoFate.Renewed, DemoFate.Upsold, DemoFate.Renewed, DemoFate.Upsold, DemoFate.Renewed, DemoFate.Upsold,
            DemoFate.Renewed, DemoFate.Upsold, DemoFate.Renewed, DemoFate.Upsold,
        ];
        for (var i = 0; i < lastFates.Length; i++)
        {
            var client = clients[index++];
            var length = i < 4 ? 3 : 2;
            // Later links of the chain start when the one before ends; their start here is only a placeholder.
            DemoEngagementPlan? next = null;
            for (var link = length - 1; link >= 0; link--)
            {
                var fate = link == length - 1 ? lastFates[i] : (random.Next(2) == 0 ? DemoFate.Renewed : DemoFate.Upsold);
                var firstStart = Between(start, start.AddDays(length == 3 ? 20 : 40), random);
                next = Engagement(client, firstStart, fate, random) with { FollowUp = next };
            }
            plans.Add(next!);
        }
        return plans;
    }

    private static DemoEngagementPlan Engagement(DemoClient client, DateTimeOffset startAt, DemoFate fate, Random random)
    {
        var won = fate is not (DemoFate.Declined or DemoFate.Expired);
        return new DemoEngagementPlan
        {
            Client = client,
            StartAt = startAt,
            Fate = fate,
            ChangeRounds = random.NextDouble() switch { < 0.55 => 0, < 0.85 => 1, _ => 2 },
            MoreInfo = random.NextDouble() < 0.15,
            Rework = random.NextDouble() < 0.15,
            AnswersAfterReminder = won && random.NextDouble() < 0.1,
            Overspend = random.NextDouble() < 0.2,
            ReportAnswer = random.NextDouble() switch { < 0.65 => "received", < 0.9 => "questions", _ => null },
            Deposit = won && random.NextDouble() < 0.3,
            DaysLate = random.NextDouble() < 0.3 ? random.Next(5, 36) : 0,
            PaysInTwoParts = random.NextDouble() < 0.2,
            Recommend = random.NextDouble() < 0.75 ? Score(random) : null,
            RemindBeforeRenewal = random.NextDouble() < 0.25,
            Fee = random.Next(8, 60) * 1000m,
        };
    }

    private static int Score(Random random) => random.NextDouble() switch
    {
        < 0.25 => 10, < 0.5 => 9, < 0.7 => 8, < 0.82 => 7, < 0.9 => 6, < 0.95 => 5, _ => 3,
    };

    private static DateTimeOffset Between(DateTimeOffset from, DateTimeOffset to, Random random) =>
        from + ((to - from) * random.NextDouble());

    private static string Slug(string company) =>
        new(company.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
}
