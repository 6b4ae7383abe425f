namespace GraphApi.GraphQL.Data;

/// <summary>
/// Gives every resolver that asks a context of its own (an EF Core <c>DbContext</c>, say) and disposes them
/// all with the request's scope: fields run in parallel, and one context must never serve two queries at once.
/// Register it scoped: <c>services.AddScoped(sp =&gt; new DbContextPerResolver&lt;MyContext&gt;(() =&gt; ...))</c>.
/// </summary>
/// <typeparam name="TContext">The context type.</typeparam>
/// <param name="create">Creates a context; called once per <see cref="Create"/>.</param>
public sealed class DbContextPerResolver<TContext>(Func<TContext> create) : IAsyncDisposable, IDisposable
    where TContext : class, IAsyncDisposable, IDisposable
{
    private readonly List<TContext> _created = [];
    private bool _disposed;

    /// <summary>A new context, disposed when this scope ends (queries returned as <c>IQueryable</c> may run until then).</summary>
    /// <exception cref="ObjectDisposedException">When the scope has already ended.</exception>
    public TContext Create()
    {
        var context = create();
        lock (_created)
        {
            if (_disposed)
            {
                context.Dispose();
                throw new ObjectDisposedException(nameof(DbContextPerResolver<TContext>), "The request's scope has ended.");
            }

            _created.Add(context);
        }

        return context;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var context in Drain())
        {
            await context.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var context in Drain())
        {
            context.Dispose();
        }
    }

    private TContext[] Drain()
    {
        lock (_created)
        {
            _disposed = true;
            var contexts = _created.ToArray();
            _created.Clear();
            return contexts;
        }
    }
}
