namespace WorkflowAgency.Server.Http;

/// <summary>Page numbers from the query string, kept within bounds so no request can ask for everything at once.</summary>
internal static class Paging
{
    public const int DefaultSize = 25;
    public const int MaxSize = 200;

    public static (int Page, int Size, int Skip) Normalize(int? page, int? pageSize)
    {
        var size = Math.Clamp(pageSize ?? DefaultSize, 1, MaxSize);
        var number = Math.Max(page ?? 1, 1);
        return (number, size, (number - 1) * size);
    }
}
