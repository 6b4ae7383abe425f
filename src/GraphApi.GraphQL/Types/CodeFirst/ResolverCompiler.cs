using System.Linq.Expressions;
using System.Reflection;
using GraphApi.GraphQL.Execution;

namespace GraphApi.GraphQL.Types.CodeFirst;

/// <summary>Compiles properties and methods into resolvers once, at schema build time, so no call goes through reflection.</summary>
internal static class ResolverCompiler
{
    private static readonly ParameterInfo[] NoParameters = [];

    /// <summary>A read of a property of the parent object, the value boxed as <see cref="Boxes"/> does.</summary>
    public static Func<object?, object?> ForProperty(PropertyInfo property)
    {
        var parent = Expression.Parameter(typeof(object), "parent");
        var read = Expression.Property(Expression.Convert(parent, property.DeclaringType!), property);
        return Expression.Lambda<Func<object?, object?>>(Box(read), parent).Compile();
    }

    /// <summary>A resolver calling a method on the instance <paramref name="instance"/> gives, binding each parameter as <paramref name="bind"/> says.</summary>
    public static FieldResolver ForMethod(MethodInfo method, Func<IResolverContext, object?> instance, Func<ParameterInfo, Expression, Expression> bind)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(method, instance, bind, context);
        var body = method.ReturnType switch
        {
            var type when type == typeof(Task) => Expression.Call(Helper(nameof(AwaitTask)), call),
            var type when type == typeof(ValueTask) => Expression.Call(Helper(nameof(AwaitValueTask)), call),
            { IsGenericType: true } type when type.GetGenericTypeDefinition() == typeof(Task<>) =>
                Expression.Call(Helper(nameof(AwaitTaskOf)).MakeGenericMethod(type.GetGenericArguments()), call),
            { IsGenericType: true } type when type.GetGenericTypeDefinition() == typeof(ValueTask<>) =>
                Expression.Call(Helper(nameof(AwaitValueTaskOf)).MakeGenericMethod(type.GetGenericArguments()), call),
            _ => Completed(call),
        };
        return Expression.Lambda<FieldResolver>(body, context).Compile();
    }

    /// <summary>A subscribe resolver calling a method that returns <c>IAsyncEnumerable&lt;T&gt;</c> (possibly inside a task).</summary>
    public static SubscribeResolver ForSubscription(MethodInfo method, Type eventType, Func<IResolverContext, object?> instance, Func<ParameterInfo, Expression, Expression> bind)
    {
        var context = Expression.Parameter(typeof(IResolverContext), "context");
        var call = Call(method, instance, bind, context);
        var returnType = method.ReturnType;
        var helper = returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>) ? nameof(StreamFromTask)
            : returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>) ? nameof(StreamFromValueTask)
            : nameof(Stream);
        var body = Expression.Call(Helper(helper).MakeGenericMethod(eventType), call);
        return Expression.Lambda<SubscribeResolver>(body, context).Compile();
    }

    /// <summary>The resolver of a subscription field: the event itself is the field's value.</summary>
    public static FieldResolver EventResolver { get; } = context => new ValueTask<object?>(context.Parent);

    /// <summary>A compiled constructor call from an argument array, for input objects.</summary>
    public static Func<object?[], object> ForConstructor(ConstructorInfo constructor)
    {
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = constructor.GetParameters();
        var values = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            values[i] = Unbox(Expression.ArrayIndex(arguments, Expression.Constant(i)), parameters[i].ParameterType);
        }

        var body = Expression.Convert(Expression.New(constructor, values), typeof(object));
        return Expression.Lambda<Func<object?[], object>>(body, arguments).Compile();
    }

    /// <summary>A compiled property setter, for input objects.</summary>
    public static Action<object, object?> ForSetter(PropertyInfo property)
    {
        var target = Expression.Parameter(typeof(object), "target");
        var value = Expression.Parameter(typeof(object), "value");
        var assign = Expression.Assign(
            Expression.Property(Expression.Convert(target, property.DeclaringType!), property),
            Unbox(value, property.PropertyType));
        return Expression.Lambda<Action<object, object?>>(assign, target, value).Compile();
    }

    /// <summary>An expression turning an <see cref="object"/> into <paramref name="type"/>, null becoming the type's default.</summary>
    public static Expression Unbox(Expression value, Type type) =>
        Expression.Call(Helper(nameof(UnboxOrDefault)).MakeGenericMethod(type), value);

    private static Expression Call(MethodInfo method, Func<IResolverContext, object?> instance, Func<ParameterInfo, Expression, Expression> bind, ParameterExpression context)
    {
        var parameters = method.GetParameters() is { Length: > 0 } declared ? declared : NoParameters;
        var arguments = new Expression[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = bind(parameters[i], context);
        }

        if (method.IsStatic)
        {
            return Expression.Call(method, arguments);
        }

        var target = Expression.Convert(Expression.Invoke(Expression.Constant(instance), context), method.DeclaringType!);
        return Expression.Call(target, method, arguments);
    }

    private static Expression Completed(Expression value) =>
        Expression.New(typeof(ValueTask<object?>).GetConstructor([typeof(object)])!, Box(value));

    /// <summary>Converts a value to <see cref="object"/>, through <see cref="Boxes"/> for the types it caches.</summary>
    private static Expression Box(Expression value)
    {
        var type = value.Type;
        if (type == typeof(int))
        {
            return Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Int))!, value);
        }

        if (type == typeof(bool))
        {
            return Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Bool))!, value);
        }

        if (type.IsEnum)
        {
            return Expression.Call(typeof(Boxes).GetMethod(nameof(Boxes.Enum))!.MakeGenericMethod(type), value);
        }

        return Expression.Convert(value, typeof(object));
    }

    private static MethodInfo Helper(string name) =>
        typeof(ResolverCompiler).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static)!;

    private static T UnboxOrDefault<T>(object? value) => value is null ? default! : (T)value;

    private static async ValueTask<object?> AwaitTask(Task task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static async ValueTask<object?> AwaitValueTask(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    private static ValueTask<object?> AwaitTaskOf<T>(Task<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlowly(task);

    private static async ValueTask<object?> AwaitSlowly<T>(Task<T> task) => await task.ConfigureAwait(false);

    private static ValueTask<object?> AwaitValueTaskOf<T>(ValueTask<T> task) =>
        task.IsCompletedSuccessfully ? new ValueTask<object?>(task.Result) : AwaitSlowly(task.AsTask());

    private static ValueTask<IAsyncEnumerable<object?>> Stream<T>(IAsyncEnumerable<T> events) =>
        new(Box(events));

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromTask<T>(Task<IAsyncEnumerable<T>> events) =>
        Box(await events.ConfigureAwait(false));

    private static async ValueTask<IAsyncEnumerable<object?>> StreamFromValueTask<T>(ValueTask<IAsyncEnumerable<T>> events) =>
        Box(await events.ConfigureAwait(false));

    private static IAsyncEnumerable<object?> Box<T>(IAsyncEnumerable<T> events) =>
        events as IAsyncEnumerable<object?> ?? BoxEach(events);

    private static async IAsyncEnumerable<object?> BoxEach<T>(
        IAsyncEnumerable<T> events,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item;
        }
    }
}
