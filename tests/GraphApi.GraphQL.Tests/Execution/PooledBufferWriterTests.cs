using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Tests.Execution;

public sealed class PooledBufferWriterTests
{
    [Fact]
    public void Growing_keeps_what_was_written_in_order()
    {
        using var buffer = new PooledBufferWriter(16);
        var expected = new List<byte>();
        for (var i = 0; i < 5_000; i++)
        {
            var span = buffer.GetSpan(3);
            span[0] = (byte)i;
            span[1] = (byte)(i >> 8);
            buffer.Advance(2);
            expected.Add((byte)i);
            expected.Add((byte)(i >> 8));
        }

        Assert.Equal(expected.ToArray(), buffer.WrittenSpan.ToArray());
        Assert.Equal(10_000, buffer.WrittenMemory.Length);
    }

    [Fact]
    public void Advancing_past_the_space_given_is_refused()
    {
        using var buffer = new PooledBufferWriter(16);
        var room = buffer.GetMemory().Length;
        Assert.Throws<InvalidOperationException>(() => buffer.Advance(room + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(-1));
    }

    [Fact]
    public void A_disposed_buffer_is_empty_and_cannot_be_written()
    {
        var buffer = new PooledBufferWriter(16);
        buffer.Advance(4);
        buffer.Dispose();
        Assert.Equal(0, buffer.WrittenSpan.Length);
        Assert.Throws<ObjectDisposedException>(() => buffer.GetSpan(1));
        buffer.Dispose();
    }
}
