using System.Buffers;
using System.Text.Json;

namespace GraphApi.GraphQL.Execution;

/// <summary>
/// One <see cref="Utf8JsonWriter"/> per thread, reset onto each output: a result is written per request, and a new
/// writer (with its own buffering when given a stream) costs more than the response it writes.
/// </summary>
internal static class ThreadJsonWriter
{
    private static readonly ArrayBufferWriter<byte> Detached = new(1);

    [ThreadStatic]
    private static Utf8JsonWriter? t_writer;

    /// <summary>A writer onto <paramref name="output"/>; give it back with <see cref="Return"/> before the next await.</summary>
    public static Utf8JsonWriter Rent(IBufferWriter<byte> output)
    {
        var writer = t_writer;
        if (writer is null)
        {
            return new Utf8JsonWriter(output, ResultJsonWriter.WriterOptions);
        }

        t_writer = null;
        writer.Reset(output);
        return writer;
    }

    /// <summary>Flushes what the writer holds into its output and keeps the writer for the thread's next result.</summary>
    public static void Return(Utf8JsonWriter writer)
    {
        writer.Flush();
        writer.Reset(Detached);
        t_writer = writer;
    }
}
