namespace GraphApi.GraphQL.Execution;

/// <summary>
/// Where a value stands in the response: a linked list from the leaf back to the root, each step
/// a response key (string) or a list index (int). Cheap to extend; turned into a list only for errors.
/// </summary>
public sealed class ResponsePath
{
    // No stored depth: a response has one path per object and list, and only errors need the depth.
    private ResponsePath(ResponsePath? parent, object key)
    {
        Parent = parent;
        Key = key;
    }

    /// <summary>The enclosing step; null at the root field.</summary>
    public ResponsePath? Parent { get; }

    /// <summary>A response key (<see cref="string"/>) or a list index (<see cref="int"/>).</summary>
    public object Key { get; }

    /// <summary>How many steps lead here, 1 for a root field.</summary>
    public int Depth
    {
        get
        {
            var depth = 0;
            for (var step = this; step is not null; step = step.Parent)
            {
                depth++;
            }

            return depth;
        }
    }

    /// <summary>A path for a root field.</summary>
    public static ResponsePath Root(string responseKey) => new(null, responseKey);

    /// <summary>This path extended by a response key.</summary>
    public ResponsePath Append(string responseKey) => new(this, responseKey);

    /// <summary>This path extended by a list index.</summary>
    public ResponsePath Append(int index) => new(this, Boxes.Int(index));

    /// <summary>The steps from the root, as they appear in an error's <c>path</c>.</summary>
    public IReadOnlyList<object> ToList()
    {
        var steps = new object[Depth];
        var index = steps.Length;
        for (var step = this; step is not null; step = step.Parent)
        {
            steps[--index] = step.Key;
        }

        return steps;
    }

    /// <inheritdoc />
    public override string ToString() => string.Join(".", ToList());
}
