using GraphApi.Security;

namespace GraphApi.Tests.Security;

public sealed class BoundedExpiringCacheTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_full_cache_drops_the_soonest_expiring_eighth_not_everything()
    {
        var clock = new ManualClock(Start);
        var cache = new BoundedExpiringCache<int, int>(80, clock);
        for (var i = 0; i < 80; i++)
        {
            cache.Set(i, i, TimeSpan.FromMinutes(10));
            clock.Advance(TimeSpan.FromMilliseconds(1));
        }

        cache.Set(1000, 1000, TimeSpan.FromMinutes(10));

        Assert.Equal(80 - 10 + 1, cache.Count);
        Assert.False(cache.TryGet(0, out _));
        Assert.False(cache.TryGet(9, out _));
        Assert.True(cache.TryGet(10, out _));
        Assert.True(cache.TryGet(79, out _));
        Assert.True(cache.TryGet(1000, out _));
    }

    [Fact]
    public void Expired_entries_go_first_and_are_never_answered()
    {
        var clock = new ManualClock(Start);
        var cache = new BoundedExpiringCache<string, int>(4, clock);
        cache.Set("short", 1, TimeSpan.FromSeconds(1));
        cache.Set("a", 2, TimeSpan.FromMinutes(1));
        cache.Set("b", 3, TimeSpan.FromMinutes(1));
        cache.Set("c", 4, TimeSpan.FromMinutes(1));
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.False(cache.TryGet("short", out _));
        cache.Set("d", 5, TimeSpan.FromMinutes(1));

        Assert.Equal(4, cache.Count);
        Assert.True(cache.TryGet("a", out var a) && a == 2);
        Assert.True(cache.TryGet("d", out var d) && d == 5);
    }

    [Fact]
    public void A_flood_of_new_keys_never_holds_more_than_the_capacity()
    {
        var cache = new BoundedExpiringCache<int, bool>(1_000, new ManualClock(Start));
        Parallel.For(0, 20_000, i => cache.Set(i, true, TimeSpan.FromMinutes(1)));

        Assert.InRange(cache.Count, 1, 1_000 + Environment.ProcessorCount);
    }

    [Fact]
    public void RemoveWhere_drops_only_matching_values()
    {
        var cache = new BoundedExpiringCache<string, int>(10, new ManualClock(Start));
        cache.Set("x", 1, TimeSpan.FromMinutes(1));
        cache.Set("y", 2, TimeSpan.FromMinutes(1));

        cache.RemoveWhere(value => value == 1);

        Assert.False(cache.TryGet("x", out _));
        Assert.True(cache.TryGet("y", out _));
    }
}
