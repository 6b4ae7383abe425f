using GraphApi.GraphQL.Types.CodeFirst;

namespace GraphApi.Api;

/// <summary>Enum values as clients see them (<c>WAITING_ON_CUSTOMER</c>), for messages and events.</summary>
public static class EnumNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        NameConventions.EnumValueName(typeof(TEnum).GetField(value.ToString())!);
}
