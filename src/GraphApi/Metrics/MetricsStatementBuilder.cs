using System.Text;

namespace GraphApi.Metrics;

/// <summary>
/// Writes the parts every metrics statement shares: the group key, and the WHERE clause of the window, the caller's
/// customer and the filter. Values become parameters (<c>{0}</c>, ...), in <see cref="Parameters"/>.
/// </summary>
internal sealed class MetricsStatementBuilder(MetricsCriteria criteria, MetricsDialect dialect)
{
    private readonly List<object> _parameters = [];

    public MetricsDialect Dialect => dialect;

    public DateTime Now => criteria.Now;

    public object[] Parameters => [.. _parameters];

    /// <summary>A placeholder for <paramref name="value"/>.</summary>
    public string Parameter(object value)
    {
        _parameters.Add(value);
        return "{" + (_parameters.Count - 1) + "}";
    }

    /// <summary>
    /// The group key of a row of <paramref name="scope"/> (NULL leaves the row out of the grouping): the column itself for
    /// customers and staff, so that grouping can follow an index; statements give it out as text.
    /// </summary>
    public string Key(MetricsScope scope) => criteria.GroupBy switch
    {
        MetricsGroupBy.Customer => scope.CustomerId,
        MetricsGroupBy.BusinessUnit => "c.\"BusinessUnit\"",
        MetricsGroupBy.StaffMember => scope.StaffMemberId,
        MetricsGroupBy.Channel => scope.Channel,
        MetricsGroupBy.Week => dialect.WeekStart(scope.Instant),
        MetricsGroupBy.Month => dialect.MonthStart(scope.Instant),
        _ => "'ALL'",
    };

    /// <summary>Whether the groups are customers, so that a group's key is its customer column.</summary>
    public bool GroupsByCustomer => criteria.GroupBy == MetricsGroupBy.Customer;

    /// <summary>The join to the customer of a row of <paramref name="scope"/>, as <c>c</c>, when the grouping or the filter reads its business unit.</summary>
    public string CustomerJoin(MetricsScope scope) => criteria.GroupBy == MetricsGroupBy.BusinessUnit || criteria.BusinessUnits is not null
        ? $"LEFT JOIN \"Customers\" c ON c.\"Id\" = {scope.CustomerId}"
        : "";

    /// <summary>The conditions on a row of <paramref name="scope"/>: in the window, the caller's, and matching the filter.</summary>
    public string Where(MetricsScope scope)
    {
        var conditions = new List<string>();
        if (criteria.From is { } from)
        {
            conditions.Add($"{scope.Instant} >= {Parameter(from)}");
        }

        if (criteria.To is { } to)
        {
            conditions.Add($"{scope.Instant} < {Parameter(to)}");
        }

        if (criteria.VisibleCustomerId is { } visible)
        {
            conditions.Add($"{scope.CustomerId} = {Parameter(visible)}");
        }

        In(conditions, scope.CustomerId, criteria.CustomerIds?.Cast<object>());
        In(conditions, "c.\"BusinessUnit\"", criteria.BusinessUnits);
        In(conditions, scope.StaffMemberId, criteria.StaffMemberIds?.Cast<object>());
        In(conditions, scope.Channel, criteria.Channels?.Select(channel => channel.ToString()));
        In(conditions, scope.Priority, criteria.Priorities?.Select(priority => priority.ToString()));
        if (criteria.GroupBy != MetricsGroupBy.None)
        {
            conditions.Add($"{Key(scope)} IS NOT NULL");
        }

        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    private void In(List<string> conditions, string column, IEnumerable<object>? values)
    {
        if (values is null)
        {
            return;
        }

        var list = new StringBuilder();
        foreach (var value in values)
        {
            list.Append(list.Length == 0 ? "" : ", ").Append(Parameter(value));
        }

        conditions.Add(list.Length == 0 ? "1 = 0" : $"{column} IN ({list})");
    }
}
