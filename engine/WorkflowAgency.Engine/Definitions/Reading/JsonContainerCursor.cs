namespace WorkflowAgency.Engine.Definitions.Reading;

/// <summary>An object or array being walked while mapping a JSON text; arrays hand out their items' pointers in order.</summary>
internal sealed class JsonContainerCursor(string pointer, bool isArray)
{
    private int count;

    public string Pointer { get; } = pointer;

    public bool IsArray { get; } = isArray;

    public string NextItem() => JsonPointer.Append(Pointer, count++);
}
