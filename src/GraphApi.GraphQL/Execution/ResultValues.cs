using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Execution;

// Inline value storage for ResultMap, one size per struct: [InlineArray] takes a constant length.

[InlineArray(1)]
internal struct ResultValues1
{
    private object? _first;
}

[InlineArray(2)]
internal struct ResultValues2
{
    private object? _first;
}

[InlineArray(3)]
internal struct ResultValues3
{
    private object? _first;
}

[InlineArray(4)]
internal struct ResultValues4
{
    private object? _first;
}

[InlineArray(5)]
internal struct ResultValues5
{
    private object? _first;
}

[InlineArray(6)]
internal struct ResultValues6
{
    private object? _first;
}

[InlineArray(7)]
internal struct ResultValues7
{
    private object? _first;
}

[InlineArray(8)]
internal struct ResultValues8
{
    private object? _first;
}

[InlineArray(10)]
internal struct ResultValues10
{
    private object? _first;
}

[InlineArray(12)]
internal struct ResultValues12
{
    private object? _first;
}

[InlineArray(16)]
internal struct ResultValues16
{
    private object? _first;
}
