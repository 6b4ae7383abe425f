using System.Collections;
using System.Runtime.CompilerServices;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Execution;

// Spec §6.2 Executing Operations, §6.3 Executing Selection Sets, §6.4 Executing Fields
/// <summary>
/// Runs an operation: sibling fields of queries concurrently (synchronous resolvers without any task),
/// mutation root fields one after another, subscriptions as a stream of executions. Errors are
/// recorded where they happen and null propagates to the nearest nullable parent.
/// </summary>
internal static class OperationExecutor
{
    /// <summary>Marks a value that is null because of a recorded error, on its way to the nearest nullable parent.</summary>
    private static readonly object Failed = new();

    public static async ValueTask<OperationResult> ExecuteAsync(OperationContext context, ObjectType rootType)
    {
        var fields = context.Collector.CollectRoot(rootType, context.Operation.SelectionSet, context.Variables);
        var root = context.Request.RootValue;
        var pending = context.Operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSeriallyAsync(context, rootType, root, fields)
            : ExecuteFieldsAsync(context, rootType, root, null, fields);
        object? data;
        if (!pending.IsCompleted && context.Request.BatchDispatcher is { } dispatcher)
        {
            // Everything that could start has started: let the dispatcher run queued batches until the operation completes.
            var task = pending.AsTask();
            await dispatcher.RunUntilCompleteAsync(task).ConfigureAwait(false);
            data = await task.ConfigureAwait(false);
        }
        else
        {
            data = await pending.ConfigureAwait(false);
        }

        return new OperationResult(data as ResultMap, context.Errors, hasData: true);
    }

    // Spec §6.2.3.1 CreateSourceEventStream, §6.2.3.2 MapSourceToResponseEvent
    public static async ValueTask<IExecutionResult> SubscribeAsync(OperationContext context, ObjectType rootType)
    {
        var fields = context.Collector.CollectRoot(rootType, context.Operation.SelectionSet, context.Variables);
        var field = fields[0];
        var path = ResponsePath.Root(field.ResponseKey);
        IAsyncEnumerable<object?> source;
        try
        {
            var arguments = InputCoercion.CoerceArgumentValues(field.Definition.Arguments, field.Node.Arguments, field.Node, context.Variables);
            var subscribe = field.Definition.Subscribe
                ?? throw new GraphQLException(GraphQLError.At($"Subscription field \"{rootType.Name}.{field.Definition.Name}\" has no source stream.", ErrorCodes.OperationNotSupported, field.Node));
            source = await subscribe(new ResolverContext(context, field, rootType, context.Request.RootValue, arguments, path)).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RecordError(context, exception, field, path);
            return OperationResult.FromErrors(context.Errors);
        }

        return new ResponseStream(MapSourceToResponse(context, rootType, fields, source));
    }

    private static async IAsyncEnumerable<OperationResult> MapSourceToResponse(
        OperationContext context,
        ObjectType rootType,
        CollectedFieldList fields,
        IAsyncEnumerable<object?> source,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var linked = Link(cancellationToken, context.CancellationToken, out var token);
        var shape = SubscriptionShape.Of(context);
        await using var events = source.GetAsyncEnumerator(token);
        while (true)
        {
            OperationResult? failure = null;
            try
            {
                if (!await events.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                var eventContext = context.ForEvent();
                RecordError(eventContext, exception, fields[0], ResponsePath.Root(fields[0].ResponseKey));
                failure = OperationResult.FromErrors(eventContext.Errors);
            }

            if (failure is not null)
            {
                yield return failure;
                yield break;
            }

            var sourceEvent = events.Current;
            if (shape is not null && sourceEvent is not null && !sourceEvent.GetType().IsValueType)
            {
                if (SharedEventResponses.For(sourceEvent).TryJoin(shape, out var response, out var owner))
                {
                    if (await response.ConfigureAwait(false) is { } shared)
                    {
                        yield return shared;
                        continue;
                    }
                }
                else
                {
                    OperationResult? own = null;
                    try
                    {
                        own = await ExecuteEventAsync(context, rootType, fields, sourceEvent).ConfigureAwait(false);
                    }
                    finally
                    {
                        // A response made while this subscriber was going away may hold its disposed services' failures: not shared.
                        owner!.SetResult(own is null || token.IsCancellationRequested ? null : own.SerializeOnce());
                    }

                    yield return own;
                    continue;
                }
            }

            yield return await ExecuteEventAsync(context, rootType, fields, sourceEvent).ConfigureAwait(false);
        }
    }

    private static async ValueTask<OperationResult> ExecuteEventAsync(OperationContext context, ObjectType rootType, CollectedFieldList fields, object? source)
    {
        var perEvent = context.ForEvent();
        var data = await ExecuteFieldsAsync(perEvent, rootType, source, null, fields).ConfigureAwait(false);
        return new OperationResult(data as ResultMap, perEvent.Errors, hasData: true);
    }

    /// <summary>
    /// A token cancelled by either: one of them when the other cannot cancel or is the same token (the transports pass the
    /// operation's token both ways), else a linked source, which costs a source and two registrations per subscription.
    /// </summary>
    private static CancellationTokenSource? Link(CancellationToken first, CancellationToken second, out CancellationToken token)
    {
        if (!second.CanBeCanceled || first == second)
        {
            token = first;
            return null;
        }

        if (!first.CanBeCanceled)
        {
            token = second;
            return null;
        }

        var linked = CancellationTokenSource.CreateLinkedTokenSource(first, second);
        token = linked.Token;
        return linked;
    }

    private static ValueTask<object?> ExecuteFieldsAsync(OperationContext context, ObjectType type, object? source, ResponsePath? path, CollectedFieldList fields)
    {
        var map = ResultMap.Create(fields.ResponseKeys, fields.EncodedResponseKeys);
        List<(int Index, ValueTask<object?> Pending)>? pending = null;
        var failed = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var value = ExecuteField(context, type, source, field, PendingPath.Field(path, field.ResponseKey));
            if (value.IsCompletedSuccessfully)
            {
                var result = value.Result;
                failed |= ReferenceEquals(result, Failed);
                map.SetValue(i, result);
            }
            else
            {
                (pending ??= []).Add((i, value));
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? Failed : map);
        }

        return AwaitFieldsAsync(map, pending, failed);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(ResultMap map, List<(int Index, ValueTask<object?> Pending)> pending, bool failed)
    {
        foreach (var (index, task) in pending)
        {
            var result = await task.ConfigureAwait(false);
            failed |= ReferenceEquals(result, Failed);
            map.SetValue(index, result);
        }

        return failed ? Failed : map;
    }

    // Spec §6.2.2 Mutation: root fields strictly one after another
    private static async ValueTask<object?> ExecuteFieldsSeriallyAsync(OperationContext context, ObjectType type, object? source, CollectedFieldList fields)
    {
        var map = ResultMap.Create(fields.ResponseKeys, fields.EncodedResponseKeys);
        var failed = false;
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            var result = await ExecuteField(context, type, source, field, PendingPath.Field(null, field.ResponseKey)).ConfigureAwait(false);
            failed |= ReferenceEquals(result, Failed);
            map.SetValue(i, result);
        }

        return failed ? Failed : map;
    }

    // Spec §6.4 Executing Fields
    private static ValueTask<object?> ExecuteField(OperationContext context, ObjectType parentType, object? source, CollectedField field, PendingPath path)
    {
        var definition = field.Definition;
        ValueTask<object?> resolved;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (definition.ParentOnlyResolver is { } read && definition.Arguments.Count == 0)
            {
                // A plain property read: no resolver context to build, and no path unless completion needs one.
                resolved = new ValueTask<object?>(read(source));
            }
            else if (definition.Resolver is { } resolver)
            {
                var arguments = context.ArgumentsOf(definition, field.Node);
                var created = path.Create();
                path = PendingPath.Of(created);
                resolved = resolver(new ResolverContext(context, field, parentType, source, arguments, created));
            }
            else
            {
                resolved = new ValueTask<object?>(DefaultFieldResolver.Resolve(source, definition.Name));
            }

            if (resolved.IsCompletedSuccessfully)
            {
                return CompleteValue(context, definition.Type, field, path, resolved.Result);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            RecordError(context, exception, field, path);
            return new ValueTask<object?>(definition.Type is NonNullType ? Failed : null);
        }

        return CompleteResolvedAsync(context, field, path, resolved);
    }

    private static async ValueTask<object?> CompleteResolvedAsync(OperationContext context, CollectedField field, PendingPath path, ValueTask<object?> resolved)
    {
        object? value;
        try
        {
            value = await resolved.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            RecordError(context, exception, field, path);
            return field.Definition.Type is NonNullType ? Failed : null;
        }

        return await CompleteValue(context, field.Definition.Type, field, path, value).ConfigureAwait(false);
    }

    // Spec §6.4.3 Value Completion
    private static ValueTask<object?> CompleteValue(OperationContext context, GraphQLType type, CollectedField field, PendingPath path, object? value)
    {
        if (type is NonNullType nonNull)
        {
            var inner = CompleteNullable(context, nonNull.OfType, field, path, value);
            return inner.IsCompletedSuccessfully
                ? new ValueTask<object?>(RequireValue(context, field, path, inner.Result))
                : RequireValueAsync(context, field, path, inner);
        }

        var completed = CompleteNullable(context, type, field, path, value);
        if (completed.IsCompletedSuccessfully)
        {
            return new ValueTask<object?>(ReferenceEquals(completed.Result, Failed) ? null : completed.Result);
        }

        return NullIfFailedAsync(completed);
    }

    private static object RequireValue(OperationContext context, CollectedField field, PendingPath path, object? completed)
    {
        if (completed is null)
        {
            context.AddError(new GraphQLError(
                $"Cannot return null for non-nullable field {FieldCoordinate(field)}.",
                Locations(field),
                path.Create().ToList()));
            return Failed;
        }

        return completed;
    }

    private static async ValueTask<object?> RequireValueAsync(OperationContext context, CollectedField field, PendingPath path, ValueTask<object?> inner) =>
        RequireValue(context, field, path, await inner.ConfigureAwait(false));

    private static async ValueTask<object?> NullIfFailedAsync(ValueTask<object?> completed)
    {
        var result = await completed.ConfigureAwait(false);
        return ReferenceEquals(result, Failed) ? null : result;
    }

    private static ValueTask<object?> CompleteNullable(OperationContext context, GraphQLType type, CollectedField field, PendingPath path, object? value)
    {
        if (value is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        try
        {
            switch (type)
            {
                case ScalarType scalar:
                    return new ValueTask<object?>(scalar.Serialize(value));
                case EnumType enumType:
                    return new ValueTask<object?>(SerializeEnum(enumType, value));
                case ListType list:
                    return CompleteList(context, list.OfType, field, path.Create(), value);
                case ObjectType objectType:
                    return ExecuteFieldsAsync(context, objectType, value, path.Create(), context.Collector.CollectSubfields(objectType, field, context.Variables));
                default:
                    var created = path.Create();
                    var runtimeType = ResolveAbstractType(context, (NamedType)type, field, created, value);
                    return ExecuteFieldsAsync(context, runtimeType, value, created, context.Collector.CollectSubfields(runtimeType, field, context.Variables));
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            RecordError(context, exception, field, path);
            return new ValueTask<object?>(Failed);
        }
    }

    private static ValueTask<object?> CompleteList(OperationContext context, GraphQLType itemType, CollectedField field, ResponsePath path, object value)
    {
        if (value is not IEnumerable items || value is string || value is IDictionary)
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{FieldCoordinate(field)}\".");
        }

        // Filled in place and returned as is: a collection's count is known up front, other sequences grow it.
        object?[] completed;
        List<(int Index, ValueTask<object?> Pending)>? pending = null;
        var failed = false;
        if (value is IList list)
        {
            // By index: enumerating through IEnumerable would box the list's enumerator.
            completed = new object?[list.Count];
            for (var i = 0; i < completed.Length; i++)
            {
                CompleteItem(context, itemType, field, path, i, list[i], completed, ref pending, ref failed);
            }
        }
        else
        {
            completed = new object?[value is ICollection collection ? collection.Count : 4];
            var index = 0;
            foreach (var item in items)
            {
                if (index == completed.Length)
                {
                    Array.Resize(ref completed, Math.Max(4, index * 2));
                }

                CompleteItem(context, itemType, field, path, index, item, completed, ref pending, ref failed);
                index++;
            }

            if (index != completed.Length)
            {
                Array.Resize(ref completed, index);
            }
        }

        if (pending is null)
        {
            return new ValueTask<object?>(failed ? Failed : completed);
        }

        return AwaitItemsAsync(completed, pending, failed);
    }

    private static void CompleteItem(
        OperationContext context,
        GraphQLType itemType,
        CollectedField field,
        ResponsePath path,
        int index,
        object? item,
        object?[] completed,
        ref List<(int Index, ValueTask<object?> Pending)>? pending,
        ref bool failed)
    {
        var itemValue = CompleteValue(context, itemType, field, PendingPath.Item(path, index), item);
        if (itemValue.IsCompletedSuccessfully)
        {
            failed |= ReferenceEquals(itemValue.Result, Failed);
            completed[index] = itemValue.Result;
        }
        else
        {
            (pending ??= []).Add((index, itemValue));
        }
    }

    private static async ValueTask<object?> AwaitItemsAsync(object?[] completed, List<(int Index, ValueTask<object?> Pending)> pending, bool failed)
    {
        foreach (var (index, task) in pending)
        {
            var result = await task.ConfigureAwait(false);
            failed |= ReferenceEquals(result, Failed);
            completed[index] = result;
        }

        return failed ? Failed : completed;
    }

    private static object SerializeEnum(EnumType type, object value)
    {
        if (type.FindByRuntimeValue(value) is { } byValue)
        {
            return byValue.Name;
        }

        if (value is string name && type.Find(name) is { } byName)
        {
            return byName.Name;
        }

        throw new GraphQLException($"Enum \"{type.Name}\" cannot represent value: {Types.Scalars.ValueInspector.Inspect(value)}");
    }

    // Spec §6.4.3 ResolveAbstractType
    private static ObjectType ResolveAbstractType(OperationContext context, NamedType abstractType, CollectedField field, ResponsePath path, object value)
    {
        var resolveType = abstractType switch
        {
            InterfaceType contract => contract.ResolveType,
            UnionType union => union.ResolveType,
            _ => null,
        };

        ObjectType? runtimeType;
        if (resolveType is not null)
        {
            runtimeType = resolveType(value, new ResolverContext(context, field, field.Owner, value, InputCoercion.NoArguments, path));
        }
        else
        {
            runtimeType = FindPossibleType(context.Schema, abstractType, value);
        }

        if (runtimeType is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{abstractType.Name}\" must resolve to an Object type at runtime for field \"{FieldCoordinate(field)}\". " +
                $"Either the \"{abstractType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.");
        }

        if (!context.Schema.IsSubType(abstractType, runtimeType))
        {
            throw new GraphQLException($"Runtime Object type \"{runtimeType.Name}\" is not a possible type for \"{abstractType.Name}\".");
        }

        return runtimeType;
    }

    private static ObjectType? FindPossibleType(Schema schema, NamedType abstractType, object value)
    {
        var valueType = value.GetType();
        foreach (var candidate in schema.GetPossibleTypes(abstractType))
        {
            if (candidate.IsTypeOf is { } isTypeOf ? isTypeOf(value) : candidate.RuntimeType?.IsAssignableFrom(valueType) == true)
            {
                return candidate;
            }
        }

        // Untyped data (dictionaries from JSON or a database) names its type itself.
        return value is IReadOnlyDictionary<string, object?> map && map.TryGetValue("__typename", out var typeName) && typeName is string name
            ? schema.GetType(name) as ObjectType
            : null;
    }

    private static void RecordError(OperationContext context, Exception exception, CollectedField field, PendingPath path) =>
        RecordError(context, exception, field, path.Create());

    private static void RecordError(OperationContext context, Exception exception, CollectedField field, ResponsePath path)
    {
        var pathList = path.ToList();
        if (exception is GraphQLException graphQLException)
        {
            foreach (var error in graphQLException.Errors)
            {
                context.AddError(new GraphQLError(error.Message, error.Locations ?? Locations(field), error.Path ?? pathList, error.Extensions));
            }

            return;
        }

        context.Options.OnUnexpectedError?.Invoke(exception, string.Join('.', pathList));
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.InternalServerError };
        if (context.Options.IncludeExceptionDetails)
        {
            extensions["exception"] = new Dictionary<string, object?>
            {
                ["type"] = exception.GetType().FullName,
                ["message"] = exception.Message,
                ["stackTrace"] = exception.StackTrace,
            };
        }

        context.AddError(new GraphQLError("Unexpected Execution Error", Locations(field), pathList, extensions));
    }

    private static IReadOnlyList<ErrorLocation> Locations(CollectedField field)
    {
        var location = field.Node.Location;
        return location.IsKnown ? [new ErrorLocation(location.Line, location.Column)] : [];
    }

    private static string FieldCoordinate(CollectedField field) => $"{field.Owner.Name}.{field.Definition.Name}";

    /// <summary>
    /// A value's path before it exists: most values are leaves without errors and never need theirs, so the
    /// <see cref="ResponsePath"/> is created only for an error, a resolver's context, or the value's children
    /// (once, then passed on with <see cref="Of"/>).
    /// </summary>
    private readonly struct PendingPath
    {
        private readonly ResponsePath? _parent;
        private readonly string? _key;
        private readonly int _index;

        private PendingPath(ResponsePath? parent, string? key, int index)
        {
            _parent = parent;
            _key = key;
            _index = index;
        }

        /// <summary>The path of the field <paramref name="key"/> under <paramref name="parent"/> (null for a root field).</summary>
        public static PendingPath Field(ResponsePath? parent, string key) => new(parent, key, 0);

        /// <summary>The path of item <paramref name="index"/> of the list at <paramref name="parent"/>.</summary>
        public static PendingPath Item(ResponsePath parent, int index) => new(parent, null, index);

        /// <summary>A path already created.</summary>
        public static PendingPath Of(ResponsePath path) => new(path, null, -1);

        public ResponsePath Create() => _key is not null
            ? _parent is null ? ResponsePath.Root(_key) : _parent.Append(_key)
            : _index < 0 ? _parent! : _parent!.Append(_index);
    }
}
