using System.Collections.Concurrent;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace GraphApi.GraphQL.Validation;

/// <summary>The hooks of <see cref="ValidationRule"/>, one slot each, so that the walker calls only the rules overriding a hook.</summary>
internal enum RuleHook
{
    EnterDocument,
    LeaveDocument,
    EnterOperationDefinition,
    LeaveOperationDefinition,
    EnterVariableDefinition,
    EnterSelectionSet,
    EnterField,
    LeaveField,
    EnterArgument,
    EnterFragmentSpread,
    EnterInlineFragment,
    EnterFragmentDefinition,
    EnterVariable,
    EnterLeafValue,
    EnterNullValue,
    EnterListValue,
    EnterObjectValue,
    LeaveObjectValue,
    EnterObjectField,
    EnterDirective,
    LeaveDirective,
    EnterNamedType,
    EnterTypeSystemNode,
}

/// <summary>For a list of rules, which rules (by index, in list order) override each hook; computed once per list.</summary>
internal sealed class RulePlan
{
    private static readonly int HookCount = Enum.GetValues<RuleHook>().Length;
    private static readonly ConcurrentDictionary<Type, bool[]> OverridesByType = new();
    private static readonly ConditionalWeakTable<IReadOnlyList<ValidationRule>, RulePlan> Plans = new();

    private RulePlan(IReadOnlyList<ValidationRule> rules)
    {
        var byHook = new List<int>[HookCount];
        for (var hook = 0; hook < HookCount; hook++)
        {
            byHook[hook] = [];
        }

        for (var index = 0; index < rules.Count; index++)
        {
            var overrides = OverridesByType.GetOrAdd(rules[index].GetType(), FindOverrides);
            for (var hook = 0; hook < HookCount; hook++)
            {
                if (overrides[hook])
                {
                    byHook[hook].Add(index);
                }
            }
        }

        Rules = new int[HookCount][];
        for (var hook = 0; hook < HookCount; hook++)
        {
            Rules[hook] = [.. byHook[hook]];
        }
    }

    /// <summary>By hook, the indices of the rules that override it.</summary>
    public int[][] Rules { get; }

    public static RulePlan For(IReadOnlyList<ValidationRule> rules) => Plans.GetValue(rules, static list => new RulePlan(list));

    private static bool[] FindOverrides(Type type)
    {
        var overrides = new bool[HookCount];
        foreach (var hook in Enum.GetValues<RuleHook>())
        {
            var method = type.GetMethod(hook.ToString(), BindingFlags.Public | BindingFlags.Instance);
            overrides[(int)hook] = method is not null && method.DeclaringType != typeof(ValidationRule);
        }

        return overrides;
    }
}
