using System.Buffers;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

// Spec §7.1 Response Format
/// <summary>
/// One GraphQL response: <c>data</c> (absent when execution did not start, null when a non-null root
/// field failed), <c>errors</c> and <c>extensions</c>; written straight to UTF-8 JSON in selection order.
/// </summary>
public sealed class OperationResult : IExecutionResult
{
    // Set for a result shared by many subscribers: serialized once, copied into each of their messages.
    private byte[]? _json;

    /// <summary>Creates a result.</summary>
    public OperationResult(ResultMap? data, IReadOnlyList<GraphQLError>? errors, bool hasData, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
        HasData = hasData;
        Extensions = extensions;
    }

    /// <summary>The data; null when absent or when null propagated to the root.</summary>
    public ResultMap? Data { get; }

    /// <summary>Whether the response has a <c>data</c> entry (execution started).</summary>
    public bool HasData { get; }

    /// <summary>The errors, or null when there are none.</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>Extensions to the response, if any.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result with only errors: the request failed before execution.</summary>
    public static OperationResult FromErrors(IReadOnlyList<GraphQLError> errors) => new(null, errors, hasData: false);

    /// <summary>Writes the result as a JSON object.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        if (_json is not null)
        {
            writer.WriteRawValue(_json, skipInputValidation: true);
            return;
        }

        writer.WriteStartObject();
        if (Errors is not null)
        {
            writer.WritePropertyName("errors");
            ResultJsonWriter.WriteErrors(writer, Errors);
        }

        if (HasData)
        {
            writer.WritePropertyName("data");
            ResultJsonWriter.WriteValue(writer, Data);
        }

        if (Extensions is { Count: > 0 })
        {
            writer.WritePropertyName("extensions");
            ResultJsonWriter.WriteValue(writer, Extensions);
        }

        writer.WriteEndObject();
    }

    /// <summary>Writes the result as UTF-8 JSON into <paramref name="output"/> (a response's pipe, a pooled buffer).</summary>
    public void WriteTo(IBufferWriter<byte> output)
    {
        var writer = ThreadJsonWriter.Rent(output);
        try
        {
            WriteTo(writer);
        }
        finally
        {
            ThreadJsonWriter.Return(writer);
        }
    }

    /// <summary>Writes the result as JSON to a stream.</summary>
    public async Task WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        using var buffer = new PooledBufferWriter();
        WriteTo(buffer);
        await stream.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The result as a JSON string.</summary>
    public string ToJson()
    {
        if (_json is not null)
        {
            return System.Text.Encoding.UTF8.GetString(_json);
        }

        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Serializes the result now and writes those bytes from then on: it is about to be sent to many subscribers.</summary>
    internal OperationResult SerializeOnce()
    {
        var buffer = new ArrayBufferWriter<byte>();
        WriteTo(buffer);
        _json = buffer.WrittenSpan.ToArray();
        return this;
    }
}
