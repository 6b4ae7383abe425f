using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GraphApi.GraphQL.Execution;
using GraphApi.GraphQL.Language.Ast;
using GraphApi.GraphQL.Types;

namespace GraphApi.GraphQL.Data;

/// <summary>
/// Translates a GraphQL selection into a <c>Select</c> over an <see cref="IQueryable{T}"/>, so EF Core reads
/// only the requested columns, with nested objects and lists in the same statement.
/// </summary>
public static class Projection
{
    /// <summary>Distinct variable values whose projections are kept per selection; past it, projections are built per request.</summary>
    private const int MaxProjectionsPerSelection = 16;

    private static readonly ConditionalWeakTable<IReadOnlyList<FieldNode>, ConcurrentDictionary<string, LambdaExpression?>> BuiltProjections = new();
    private static readonly JsonSerializerOptions VariablesJson = new();

    /// <summary>Projects <paramref name="source"/> to the fields selected by <paramref name="fieldNodes"/>.</summary>
    /// <param name="source">The query to project.</param>
    /// <param name="fieldNodes">The selections whose sub-selections describe the element type's fields.</param>
    /// <param name="context">The resolver context (for fragments and variables).</param>
    /// <param name="nodeType">
    /// The element's object type, by default the schema's object type whose runtime type is <typeparamref name="T"/>, else
    /// the one named like it. Through it, nested list fields that carry data middleware (<c>where</c>, <c>order</c>,
    /// <c>first</c>/<c>last</c> or <c>skip</c>/<c>take</c>) have their arguments translated into the projection, so the
    /// whole selection stays one SQL statement.
    /// </param>
    public static IQueryable<T> Project<T>(IQueryable<T> source, IEnumerable<FieldNode> fieldNodes, IResolverContext context, ObjectType? nodeType = null)
    {
        var select = Lambda<T>(fieldNodes, context, nodeType);
        return select is null ? source : source.Select(select);
    }

    private static Expression<Func<T, T>>? Lambda<T>(IEnumerable<FieldNode> fieldNodes, IResolverContext context, ObjectType? nodeType)
    {
        var names = CollectFieldNodes(fieldNodes, context);
        var parameter = Expression.Parameter(typeof(T), "x");
        // Without the type, a nested list's arguments would be applied in memory to elements projected without the fields they read.
        nodeType ??= context.Schema.Types.Values.OfType<ObjectType>().FirstOrDefault(t => t.RuntimeType == typeof(T))
            ?? context.Schema.GetType(typeof(T).Name) as ObjectType;
        var body = Build(parameter, typeof(T), nodeType, names, context, nullCheck: false);
        return body is null ? null : Expression.Lambda<Func<T, T>>(body, parameter);
    }

    /// <summary>The variable values as text, or null when one is not a plain JSON value (then the projection is not kept).</summary>
    private static string? VariablesKey(IReadOnlyDictionary<string, object?> variables)
    {
        if (variables.Count == 0)
        {
            return string.Empty;
        }

        try
        {
            return JsonSerializer.Serialize(variables, VariablesJson);
        }
        catch (NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>
    /// Projects <paramref name="source"/>, the value of the field being resolved, to the fields its selection picks
    /// through <paramref name="elementSelections"/> (a connection's <c>nodes</c>, say). The projection is built once per
    /// selection and variable values and then reused: a server runs the same few documents over and over, and the
    /// projection depends on nothing else (its arguments travel as parameters, the caller's rights as EF Core query filters).
    /// </summary>
    internal static IQueryable<T> ProjectField<T>(
        IQueryable<T> source,
        IResolverContext context,
        ObjectType? nodeType,
        Func<Dictionary<string, List<FieldNode>>, IEnumerable<FieldNode>> elementSelections)
    {
        var built = BuiltProjections.GetValue(context.FieldNodes, _ => new ConcurrentDictionary<string, LambdaExpression?>(StringComparer.Ordinal));
        var variables = VariablesKey(context.Variables);
        LambdaExpression? select;
        if (variables is null || !built.TryGetValue(variables, out select))
        {
            select = Lambda<T>(elementSelections(CollectFieldNodes(context.FieldNodes, context)), context, nodeType);
            if (variables is not null && built.Count < MaxProjectionsPerSelection)
            {
                built.TryAdd(variables, select);
            }
        }

        return select is null ? source : source.Select((Expression<Func<T, T>>)select);
    }

    /// <summary>The sub-selections of <paramref name="fieldNodes"/> by field name, through fragments.</summary>
    public static Dictionary<string, List<FieldNode>> CollectFieldNodes(IEnumerable<FieldNode> fieldNodes, IResolverContext context)
    {
        var result = new Dictionary<string, List<FieldNode>>(StringComparer.OrdinalIgnoreCase);
        foreach (var node in fieldNodes)
        {
            if (node.SelectionSet is not null)
            {
                Collect(node.SelectionSet, context, result, []);
            }
        }

        return result;
    }

    private static void Collect(SelectionSetNode set, IResolverContext context, Dictionary<string, List<FieldNode>> result, HashSet<string> visited)
    {
        foreach (var selection in set.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    if (!result.TryGetValue(field.Name.Value, out var list))
                    {
                        result[field.Name.Value] = list = [];
                    }

                    list.Add(field);
                    break;
                case InlineFragmentNode inline:
                    Collect(inline.SelectionSet, context, result, visited);
                    break;
                case FragmentSpreadNode spread when visited.Add(spread.Name.Value)
                    && context.Fragments.TryGetValue(spread.Name.Value, out var fragment):
                    Collect(fragment.SelectionSet, context, result, visited);
                    break;
            }
        }
    }

    /// <summary>The properties computed fields among the selection read from their parent (<see cref="ProjectPropertiesAttribute"/>).</summary>
    private static HashSet<string> RequiredProperties(ProjectedType type, Dictionary<string, List<FieldNode>> selected)
    {
        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fieldName, properties) in type.ComputedFields)
        {
            if (selected.ContainsKey(fieldName))
            {
                required.UnionWith(properties);
            }
        }

        return required;
    }

    private static Expression? Build(Expression source, Type type, ObjectType? graphType, Dictionary<string, List<FieldNode>> selected, IResolverContext context, bool nullCheck)
    {
        var projected = ProjectedType.Of(type);
        if (!projected.Constructible)
        {
            return null;
        }

        var bindings = new List<MemberBinding>();
        var required = RequiredProperties(projected, selected);
        foreach (var property in projected.Properties)
        {
            var isKey = property.Name is "Id" || property.Name == type.Name + "Id" || required.Contains(property.Name);
            if (!selected.TryGetValue(property.Name, out var nodes) && !isKey)
            {
                continue;
            }

            var access = Expression.Property(source, property);
            var propertyType = property.PropertyType;
            if (IsLeaf(propertyType) || nodes is null)
            {
                if (IsLeaf(propertyType))
                {
                    bindings.Add(Expression.Bind(property, access));
                }

                continue;
            }

            var sub = CollectFieldNodes(nodes, context);
            var field = graphType?.Fields.Find(nodes[0].Name.Value);
            var elementType = ClrMembers.ElementType(propertyType);
            if (elementType is not null)
            {
                var feature = ListFieldFeature.Of(field);
                var elementSelected = feature?.Paging switch
                {
                    PagingKind.Cursor => CollectFieldNodes(DataFieldExtensions.NodeSelections(sub, context), context),
                    PagingKind.Offset => CollectFieldNodes(sub.GetValueOrDefault("items") ?? [], context),
                    _ => sub,
                };
                var parameter = Expression.Parameter(elementType, "e");
                var inner = Build(parameter, elementType, feature?.NodeType ?? field?.Type.GetNamedType() as ObjectType, elementSelected, context, nullCheck: false);
                if (feature is not null)
                {
                    var elementSelect = inner is null ? null : Expression.Lambda(inner, parameter);
                    bindings.Add(Expression.Bind(property, NestedListProjection.Shape(access, propertyType, elementType, elementSelect, field!, feature, nodes, sub, context) ?? access));
                    continue;
                }

                if (inner is null)
                {
                    bindings.Add(Expression.Bind(property, access));
                    continue;
                }

                var select = MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.Select), [elementType, elementType], access, Expression.Lambda(inner, parameter));
                var listType = typeof(List<>).MakeGenericType(elementType);
                if (!propertyType.IsAssignableFrom(listType))
                {
                    continue;
                }

                var toList = MethodCalls.Call(typeof(Enumerable), nameof(Enumerable.ToList), [elementType], select);
                bindings.Add(Expression.Bind(property, toList));
            }
            else
            {
                var inner = Build(access, propertyType, field?.Type.GetNamedType() as ObjectType, sub, context, nullCheck: true);
                bindings.Add(Expression.Bind(property, inner ?? access));
            }
        }

        Expression init = Expression.MemberInit(Expression.New(type), bindings);
        if (nullCheck)
        {
            init = Expression.Condition(Expression.Equal(source, Expression.Constant(null, type)), Expression.Constant(null, type), init);
        }

        return init;
    }

    /// <summary>
    /// What projection reads of a CLR type, found once per type: every request projects the same types, and
    /// GetMethods, GetProperties and GetCustomAttribute allocate on each call.
    /// </summary>
    private sealed class ProjectedType
    {
        private static readonly ConcurrentDictionary<Type, ProjectedType> Found = new();

        private ProjectedType(Type type)
        {
            Constructible = type.GetConstructor(Type.EmptyTypes) is not null;
            Properties = [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.SetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)];
            ComputedFields = [.. type.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                .Select(m => (Method: m, Attribute: m.GetCustomAttribute<ProjectPropertiesAttribute>()))
                .Where(m => m.Attribute is not null)
                .Select(m => (GraphApi.GraphQL.Types.CodeFirst.NameConventions.FieldName(m.Method), m.Attribute!.Properties)),
                .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Select(p => (Property: p, Attribute: p.GetCustomAttribute<ProjectPropertiesAttribute>()))
                .Where(p => p.Attribute is not null)
                .Select(p => (GraphApi.GraphQL.Types.CodeFirst.NameConventions.FieldName(p.Property), p.Attribute!.Properties))];
        }

        /// <summary>Whether projection can create it (<c>new T { ... }</c>).</summary>
        public bool Constructible { get; }

        /// <summary>The public settable properties projection may bind.</summary>
        public PropertyInfo[] Properties { get; }

        /// <summary>The computed fields (<see cref="ProjectPropertiesAttribute"/>) and the properties each reads.</summary>
        public (string FieldName, IReadOnlyList<string> Properties)[] ComputedFields { get; }

        public static ProjectedType Of(Type type) => Found.GetOrAdd(type, t => new ProjectedType(t));
    }

    private static bool IsLeaf(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(TimeSpan) || t == typeof(DateOnly) || t == typeof(TimeOnly);
    }
}
